// A hand-made TTP cohort (tests/fixtures/ttp-counterexample.json) run through
// the survival engine prints every TTP landmark, median and log-rank P of the
// paper at once, so no certificate may call any of them infeasible; the
// engine's values equal R's survfit and survdiff on the same times
// (tests/fixtures/ttp-counterexample.R).
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {fidelityReport} from "../../data-loaders/fidelity/fidelity-report.js";
import {PUBLISHED_NUMBERS} from "../../data-loaders/published/index.js";
import {inBand} from "../../data-loaders/published/rounding-band.js";
import {isEstimatedAt, kaplanMeier, logRank, survivalAt} from "../../src/lib/survival/index.js";
import {readCohort} from "../../data-loaders/read-cohort.js";
import {REFERENCE_COHORT_DIR} from "./reference-cohort.js";

const INPUT: {groups: Record<string, string[]>} = JSON.parse(readFileSync("tests/fixtures/ttp-counterexample.json", "utf8"));
const R: {km: Record<string, {median: number; months: number[]; surv: number[]}>; logrank: Record<string, number>} = JSON.parse(
  readFileSync("tests/fixtures/ttp-counterexample-r.json", "utf8")
);

interface Row {
  arm: string;
  carcinoid: boolean;
  time: number;
  event: number;
}
const ROWS: Row[] = Object.entries(INPUT.groups).flatMap(([key, values]) => {
  const [arm, tumor] = key.split("|");
  return values.map((v) => ({arm, carcinoid: tumor === "carcinoid", time: Number(v.replace("+", "")), event: v.endsWith("+") ? 0 : 1}));
});
const inSubgroup = (r: Row, subgroup: string) => subgroup === "all" || (subgroup === "carcinoid") === r.carcinoid;
const fit = (arm: string, subgroup: string) => {
  const rows = ROWS.filter((r) => r.arm === arm && inSubgroup(r, subgroup));
  return kaplanMeier({time: rows.map((r) => r.time), event: rows.map((r) => r.event)});
};
const armP = (subgroup: string) => {
  const rows = ROWS.filter((r) => inSubgroup(r, subgroup));
  return logRank({time: rows.map((r) => r.time), event: rows.map((r) => r.event), group: rows.map((r) => r.arm)}).p;
};

const TARGETS = PUBLISHED_NUMBERS.filter((n) => n.endpoint === "ttp" && (n.kind === "km_landmark" || n.kind === "km_median" || n.kind === "logrank_p"));

function engineValue(n: (typeof TARGETS)[number]): number {
  if (n.kind === "logrank_p") return armP(n.subgroup) as number;
  const f = fit(n.arm, n.subgroup);
  if (n.kind === "km_median") return f.median.estimate as number;
  expect(isEstimatedAt(f, n.timeMonths as number), n.id).toBe(true);
  return 100 * survivalAt(f, n.timeMonths as number);
}

describe("the hand-made TTP cohort", () => {
  it("has the paper's 57 response-evaluable patients, 20 of them carcinoid on chemoembolization", () => {
    expect(ROWS).toHaveLength(57);
    expect(ROWS.filter((r) => r.arm === "chemoembolization").length).toBe(41);
    expect(ROWS.filter((r) => r.arm === "chemoembolization" && r.carcinoid).length).toBe(20);
    expect(ROWS.filter((r) => r.time === 0).every((r) => r.event === 1)).toBe(true);
  });

  it("prints every TTP landmark, median and log-rank P of the paper, through the engine", () => {
    expect(TARGETS.length).toBe(39);
    const missed = TARGETS.filter((n) => !inBand(engineValue(n), n)).map((n) => `${n.id}: ${engineValue(n)}`);
    expect(missed).toEqual([]);
    expect(fit("bland", "all").median.estimate).toBe(6.4);
    expect(fit("chemoembolization", "noncarcinoid").median.estimate).toBe(5);
  });

  it("gives the engine's values equal to R's survfit and survdiff", () => {
    for (const [key, r] of Object.entries(R.km)) {
      const [arm, subgroup] = key.split("|");
      const f = fit(arm, subgroup);
      expect(f.median.estimate, key).toBeCloseTo(r.median, 12);
      r.months.forEach((m, i) => expect(survivalAt(f, m), `${key} at ${m}`).toBeCloseTo(r.surv[i], 12));
    }
    for (const [subgroup, p] of Object.entries(R.logrank)) expect(armP(subgroup), subgroup).toBeCloseTo(p, 12);
  });

  it("leaves no TTP number of the fidelity report infeasible", () => {
    const report = fidelityReport(readCohort(REFERENCE_COHORT_DIR), {kind: "reconstructed"});
    const ttpIds = new Set(TARGETS.map((n) => n.id));
    expect(report.rows.filter((r) => ttpIds.has(r.id) && r.status === "infeasible").map((r) => r.id)).toEqual([]);
  });
});

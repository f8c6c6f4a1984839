// Counts stand in for rows: every estimator that takes weights gives, from
// aggregateRows' table, the results of the rows themselves.
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {endpointData} from "../../src/lib/analysis/endpoints.js";
import {tumorType} from "../../src/lib/analysis/patient-row.js";
import {readSurvivalCsv} from "../../src/lib/analysis/survival-csv.js";
import {aggregateRows, kaplanMeier, kaplanMeierByGroup, logRank, riskTable} from "../../src/lib/survival/index.js";
import {patients} from "../analysis/reference-cohort.js";

const lung = readSurvivalCsv(readFileSync("tests/fixtures/cli/lung.csv", "utf8"), "lung.csv", {time: "time", event: "event", group: "sex"});
const lungEntry = readSurvivalCsv(readFileSync("tests/fixtures/cli/lung-entry.csv", "utf8"), "lung-entry.csv", {time: "time", event: "event", group: "sex", entry: "entry"});
const ttp = endpointData(patients, "ttp");
const cohort = {time: ttp.time, event: ttp.event, group: ttp.rows.map((p) => p.arm), strata: ttp.rows.map(tumorType)};

describe("aggregateRows", () => {
  it("keeps one row per distinct (time, event, entry, group, stratum), weighted by its count", () => {
    const table = aggregateRows({time: [3, 1, 3, 3, 1], event: [1, 0, 1, 0, 0], group: ["a", "a", "a", "a", "b"]});
    expect(Array.from(table.time)).toEqual([1, 1, 3, 3]);
    expect(Array.from(table.event)).toEqual([0, 0, 0, 1]);
    expect(table.group).toEqual(["a", "b", "a", "a"]);
    expect(Array.from(table.weights)).toEqual([1, 1, 1, 2]);
    const big = aggregateRows(cohort);
    expect(big.weights.reduce((a, b) => a + b, 0)).toBe(cohort.time.length);
    expect(big.time.length).toBeLessThan(cohort.time.length);
  });
});

describe("estimators on the table equal the rows", () => {
  for (const [name, data, levels] of [
    ["TTP by arm on the reference cohort", cohort, ["chemoembolization", "bland"]],
    ["lung by sex", lung, ["1", "2"]],
    ["lung by sex with delayed entry", lungEntry, ["1", "2"]]
  ] as const) {
    it(`${name}: Kaplan–Meier curves, medians and risk tables`, () => {
      const rows = {time: data.time, event: data.event, group: data.group!, entry: "entry" in data ? data.entry : undefined};
      const table = aggregateRows(rows);
      const byRows = kaplanMeierByGroup(rows, {levels: [...levels]});
      const byTable = kaplanMeierByGroup({...table, group: table.group!}, {levels: [...levels]});
      expect(table.time.length).toBeLessThan(data.time.length);
      byRows.forEach(({fit}, g) => {
        const other = byTable[g].fit;
        for (const key of ["time", "nRisk", "nEvent", "nCensor", "surv", "stdErr", "lower", "upper"] as const) {
          Array.from(fit[key] as ArrayLike<number | null>).forEach((x, i) => expect(Math.abs((x ?? 0) - ((other[key] as ArrayLike<number | null>)[i] ?? 0)), `${key}[${i}]`).toBeLessThanOrEqual(1e-12));
        }
        expect(other.n).toBe(fit.n);
        expect(other.median).toEqual(fit.median);
        expect(riskTable(other, [0, 6, 12, 100])).toEqual(riskTable(fit, [0, 6, 12, 100]));
      });
      const pooledRows = kaplanMeier(rows);
      expect(Array.from(kaplanMeier(table).surv)).toEqual(Array.from(pooledRows.surv));
    });
  }

  for (const rho of [0, 1]) {
    it(`the G-rho test (rho = ${rho}), plain and stratified by tumour type, on the reference cohort and lung`, () => {
      for (const data of [cohort, {...lung, group: lung.group!}]) {
        const table = aggregateRows(data);
        const byRows = logRank(data as Parameters<typeof logRank>[0], {rho});
        const byTable = logRank({...table, group: table.group!} as Parameters<typeof logRank>[0], {rho, levels: byRows.groups});
        expect(Math.abs(byTable.chisq - byRows.chisq)).toBeLessThanOrEqual(1e-12 * Math.max(1, byRows.chisq));
        expect(byTable.n).toEqual(byRows.n);
        byRows.expected.forEach((e, g) => expect(Math.abs(byTable.expected[g] - e)).toBeLessThanOrEqual(1e-12 * Math.max(1, e)));
      }
    });
  }

  it("rejects a weight that is not a positive number, naming the row", () => {
    expect(() => kaplanMeier({time: [1, 2], event: [1, 0], weights: [1, 0]})).toThrow("weights[1] is 0, expected a finite number > 0");
    expect(() => logRank({time: [1, 2], event: [1, 0], group: [0, 1], weights: [NaN, 1]})).toThrow("weights[0] is NaN, expected a finite number > 0");
  });
});

it("takes weights as R's survfit(..., weights = w, robust = FALSE) does, fractional ones too (tests/fixtures/survival-weights.R)", () => {
  const r = JSON.parse(readFileSync("tests/fixtures/survival-weights.json", "utf8"));
  const fit = kaplanMeier({time: r.time, event: r.event, weights: r.weights});
  expect(Array.from(fit.time)).toEqual(r.surv.time);
  for (const [ours, theirs] of [["nRisk", "n_risk"], ["nEvent", "n_event"], ["nCensor", "n_censor"], ["surv", "surv"], ["stdErr", "std_err"], ["lower", "lower"], ["upper", "upper"]] as const) {
    Array.from(fit[ours] as ArrayLike<number | null>).forEach((x, i) => expect(Math.abs((x as number) - r.surv[theirs][i]), `${ours}[${i}]`).toBeLessThanOrEqual(1e-12));
  }
});

import {readFileSync} from "node:fs";
import {beforeAll, describe, expect, it} from "vitest";
import {toCsv, validateCohort} from "../../data-loaders/read-cohort.js";
import {fidelityReport, type FidelityReport} from "../../data-loaders/fidelity/fidelity-report.js";
import {toxicityDenominators} from "../../data-loaders/consistency/index.js";
import {PUBLISHED_NUMBERS, TABLE1, TABLE2} from "../../data-loaders/published/index.js";
import {buildCohort, type Reconstruction} from "../../data-loaders/reconstruction/build-cohort.js";
import type {FitBudget} from "../../data-loaders/reconstruction/fit-survival.js";
import type {Cohort} from "../../data-loaders/reconstruction/cohort-types.js";
import {tTest} from "../../src/lib/stats/index.js";
import {REFERENCE_COHORT_DIR} from "./reference-cohort.js";

let first: Reconstruction;
let csv: {patients: string; procedures: string};
let parsed: Cohort;
let report: FidelityReport;

beforeAll(() => {
  first = buildCohort();
  csv = toCsv(first.patients, first.procedures);
  parsed = validateCohort(csv.patients, csv.procedures);
  report = fidelityReport(parsed, {kind: "reconstructed", seed: first.seed});
}, 300_000);

// Every phase and two joint anneals, on budgets small enough to run twice.
const SMALL: FitBudget = {os: 400, intervals: 400, ttp: 400, tttf: 400, joint: [400, 400], repair: {attempts: 2, iterations: 400, focus: 10, temperature: 1}, gap: 400, pin: {orders: 4, attempts: 2, iterations: 400}, pooledPin: {attempts: 1, iterations: 400}};

describe("determinism", () => {
  it("gives byte-identical CSV files on a second run", () => {
    const [a, b] = [buildCohort(undefined, SMALL), buildCohort(undefined, SMALL)].map((c) => toCsv(c.patients, c.procedures));
    expect(b.patients).toBe(a.patients);
    expect(b.procedures).toBe(a.procedures);
  }, 60_000);

  it("writes exactly the committed reference cohort (tests/fixtures/reconstruction), which another process built", () => {
    expect(csv.patients).toBe(readFileSync(`${REFERENCE_COHORT_DIR}/patients.csv`, "utf8"));
    expect(csv.procedures).toBe(readFileSync(`${REFERENCE_COHORT_DIR}/procedures.csv`, "utf8"));
  });

  it("gives a different cohort for a different seed", () => {
    const other = buildCohort(first.seed + 1, {os: 0, intervals: 0, ttp: 0, tttf: 0, joint: [], repair: {attempts: 0, iterations: 0, focus: 1, temperature: 1}, gap: 0, pin: {orders: 0, attempts: 0, iterations: 0}, pooledPin: {attempts: 0, iterations: 0}});
    expect(toCsv(other.patients, other.procedures).patients).not.toBe(csv.patients);
  }, 60_000);
});

describe("schema", () => {
  it("parses back through the supplied-data validator unchanged", () => {
    expect(parsed.patients).toHaveLength(67);
    expect(parsed.procedures).toHaveLength(219);
    expect(toCsv(parsed.patients, parsed.procedures)).toEqual(csv);
  });
});

describe("key constraints", () => {
  const arm = (a: string) => parsed.patients.filter((p) => p.arm === a);
  const rowsOf = (id: string) => parsed.procedures.filter((r) => r.patient_id === id);

  it("has 44 chemoembolization and 23 bland patients and 219 procedures", () => {
    expect(arm("chemoembolization")).toHaveLength(44);
    expect(arm("bland")).toHaveLength(23);
    expect(parsed.procedures).toHaveLength(219);
    for (const p of parsed.patients) expect(rowsOf(p.id)).toHaveLength(p.procedures_total);
  });

  it("splits the procedures by modality as the consistency analysis allows for both toxicity tables", () => {
    const n = (m: string) => parsed.procedures.filter((r) => r.modality === m).length;
    const [chemo, bland] = [n("chemoembolization"), n("bland")];
    expect([chemo, bland]).toEqual([139, 80]);
    expect(toxicityDenominators(TABLE1, chemo, chemo)).toHaveLength(1);
    expect(toxicityDenominators(TABLE2, bland, bland)).toHaveLength(1);
  });

  it("has the printed crossovers", () => {
    const crossed = (a: string) => arm(a).filter((p) => rowsOf(p.id).some((r) => r.modality !== a));
    expect(crossed("chemoembolization")).toHaveLength(8);
    for (const p of crossed("chemoembolization")) {
      const rows = rowsOf(p.id);
      expect(rows.filter((r) => r.modality === "chemoembolization").length).toBeGreaterThan(rows.filter((r) => r.modality === "bland").length);
    }
    const blandCrossovers = crossed("bland").map((p) => {
      const rows = rowsOf(p.id);
      return [rows.filter((r) => r.modality === "bland").length, rows.filter((r) => r.modality === "chemoembolization").length];
    });
    expect(blandCrossovers.sort((a, b) => b[0] - a[0])).toEqual([[10, 3], [8, 2]]);
  });

  it("has 3 deaths within 30 days (2 after bland, 1 after chemoembolization), each a death in the survival data", () => {
    const deaths = parsed.procedures.filter((r) => r.died_within_30_days === 1);
    expect(deaths.map((r) => r.modality).sort()).toEqual(["bland", "bland", "chemoembolization"]);
    for (const r of deaths) expect(parsed.patients.find((p) => p.id === r.patient_id)?.os_event).toBe(1);
  });

  it("has 10 patients lost to follow-up, none assessed at 1 month", () => {
    const lost = parsed.patients.filter((p) => p.lost_to_follow_up === 1);
    expect(lost).toHaveLength(10);
    for (const p of lost) expect([p.response_1mo, p.ttp_months, p.os_event]).toEqual([null, null, 0]);
  });

  it("keeps the times coherent", () => {
    for (const p of parsed.patients) {
      if (p.response_1mo === "progression") expect([p.ttp_months, p.ttp_event]).toEqual([0, 1]);
      if (p.ttp_months !== null) {
        expect(p.tttf_months as number).toBeGreaterThanOrEqual(p.ttp_months);
        expect(p.tttf_months as number).toBeLessThanOrEqual(Math.max(p.os_months, p.ttp_months));
        expect(p.ttp_months).toBeLessThanOrEqual(p.os_months);
        // TTP runs from the stabilization scan, a month after the embolization survival runs from.
        if (p.response_1mo !== "progression") expect(p.ttp_months + 1, p.id).toBeLessThanOrEqual(p.os_months + 1e-9);
        expect(p.os_months).toBeGreaterThanOrEqual(1.5);
      }
      expect(p.procedures_initial_cycle).toBeLessThanOrEqual(p.procedures_total);
      expect(p.retreated).toBe(p.procedures_total > p.procedures_initial_cycle ? 1 : 0);
      expect(p.symptom_relief_months === null).toBe(p.symptom_relief !== 1);
    }
  });

  it("gives relief durations the printed means (15 and 7.5 months) and the printed t-test P (.14)", () => {
    const durations = (arm: string) => parsed.patients.filter((p) => p.arm === arm && p.symptom_relief === 1).map((p) => p.symptom_relief_months as number);
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(durations("chemoembolization"))).toBeCloseTo(15, 9);
    expect(mean(durations("bland"))).toBeCloseTo(7.5, 9);
    const {p} = tTest(durations("chemoembolization"), durations("bland"), {varEqual: true});
    expect(p).toBeGreaterThanOrEqual(0.135);
    expect(p).toBeLessThan(0.145);
  });
});

describe("fidelity report", () => {
  it("is reproduced from the CSV rows: the same value for every printed number", () => {
    const fromMemory = fidelityReport(first, {kind: "reconstructed", seed: first.seed});
    expect(report.rows.map((r) => [r.id, r.reconstructed, r.status])).toEqual(fromMemory.rows.map((r) => [r.id, r.reconstructed, r.status]));
  });

  it("has one row per printed number, and every miss has a reason", () => {
    expect(report.rows.map((r) => r.id)).toEqual(PUBLISHED_NUMBERS.map((n) => n.id));
    const ids = new Set(PUBLISHED_NUMBERS.map((n) => n.id));
    for (const r of report.rows) {
      if (r.status === "reproduced") expect(r.inBand && (r.readings ?? []).every((x) => x.inBand)).toBe(true);
      else expect(r.reason).toBeTruthy();
      if (r.status === "infeasible") for (const id of r.conflictsWith ?? []) expect(ids.has(id)).toBe(true);
    }
  });

  it("reproduces every number or certifies it infeasible, apart from the misses listed here", () => {
    const open = report.rows.filter((r) => r.status === "missed" || r.status === "unidentified" || r.status === "ambiguous").map((r) => `${r.status} ${r.id}`);
    expect(open.sort()).toEqual([
      "ambiguous subgroups.other.p", "ambiguous ttp.carcinoid.given_diagnosis.p",
      "missed table1.nausea.ci", "missed table1.other.ci", "missed table1.weight_loss.ci",
      "unidentified table1.ast.ci", "unidentified table1.cardiac.ci", "unidentified table1.fatigue.ci", "unidentified table1.ggt_alp.ci", "unidentified table1.infection.ci",
      "unidentified table1.vomiting.ci", "unidentified table2.nausea.ci", "unidentified table2.other.ci", "unidentified table2.vomiting.ci"
    ]);
    for (const r of report.rows.filter((r) => r.status === "infeasible")) expect(r.certificate?.verified, r.id).toBe(true);
  });

  it("keeps the held-out checks out of the fit", () => {
    expect(report.checks.rows.map((r) => r.id).sort()).toEqual(
      [
        "response.regression.or", "response.regression.or.hi", "response.regression.or.lo",
        "toxicity.grade3plus.or", "toxicity.grade3plus.or.abstract", "toxicity.grade3plus.or.hi", "toxicity.grade3plus.or.hi.abstract",
        "toxicity.grade3plus.or.lo", "toxicity.grade3plus.or.lo.abstract", "toxicity.infection.p"
      ].sort()
    );
  });
});

describe("fidelity values recomputed directly with the survival engine", () => {
  it("matches every Kaplan-Meier landmark, median and log-rank P of the report", async () => {
    const {kaplanMeier, logRank, survivalAtTimes} = await import("../../src/lib/survival/index.js");
    type Row = (typeof parsed.patients)[number];
    const timeOf = (p: Row, endpoint: string): [number, number] | null => {
      if (endpoint === "ttp") return p.ttp_months === null ? null : [p.ttp_months, p.ttp_event as number];
      if (endpoint === "tttf") return p.tttf_months === null ? null : [p.tttf_months, p.tttf_event as number];
      let t = p.os_months;
      if (endpoint !== "os_embolization") t += p.months_liver_metastases_to_embolization;
      if (endpoint === "os_diagnosis") t += p.months_diagnosis_to_liver_metastases;
      return [Math.round(t * 10) / 10, p.os_event];
    };
    const select = (endpoint: string, arm: string, subgroup: string) =>
      parsed.patients.filter((p) => (arm === "all" || p.arm === arm) && (subgroup === "all" || (p.primary_tumor === "carcinoid") === (subgroup === "carcinoid")) && timeOf(p, endpoint) !== null);
    let checked = 0;
    for (const n of PUBLISHED_NUMBERS) {
      if (!["ttp", "tttf", "os_embolization", "os_liver_metastases", "os_diagnosis"].includes(n.endpoint)) continue;
      if (!["km_landmark", "km_median", "logrank_p"].includes(n.kind) || n.subgroup === "other_subgroups") continue;
      const row = report.rows.find((r) => r.id === n.id);
      const arm = n.arm === "chemoembolization" || n.arm === "bland" ? n.arm : "all";
      let expected: number | null;
      if (n.kind === "logrank_p") {
        const byTumor = n.arm === "carcinoid_vs_noncarcinoid";
        const rows = select(n.endpoint, "all", byTumor ? "all" : n.subgroup);
        const data = rows.map((p) => timeOf(p, n.endpoint) as [number, number]);
        expected = logRank({time: data.map((d) => d[0]), event: data.map((d) => d[1]), group: rows.map((p) => (byTumor ? p.primary_tumor === "carcinoid" : p.arm))}).p;
      } else {
        const data = select(n.endpoint, arm, n.subgroup).map((p) => timeOf(p, n.endpoint) as [number, number]);
        const fit = kaplanMeier({time: data.map((d) => d[0]), event: data.map((d) => d[1])});
        if (n.kind === "km_median") expected = fit.median.estimate;
        else {
          const last = fit.time.length - 1;
          expected = fit.surv[last] > 0 && fit.time[last] < (n.timeMonths as number) ? null : 100 * survivalAtTimes(fit, [n.timeMonths as number], {extend: true}).surv[0];
        }
      }
      expect(row?.reconstructed, n.id).toBe(expected);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(80);
  });
});

// A build from aggregates compares the paper with what its counts determine:
// on the reconstruction's risk table, every number the count evaluator
// computes equals the rows' value, every Kaplan-Meier landmark, median and
// log-rank P of the paper is among them, and the rest say they need rows.
import {describe, expect, it} from "vitest";
import {aggregateCohort} from "../../data-loaders/aggregate/aggregate-cohort.js";
import {createEvaluator} from "../../data-loaders/fidelity/evaluate-number.js";
import {createCountEvaluator, NEEDS_ROWS} from "../../data-loaders/fidelity/evaluate-from-counts.js";
import {fidelityReport} from "../../data-loaders/fidelity/fidelity-report.js";
import {PUBLISHED_NUMBERS} from "../../data-loaders/published/index.js";
import {readCohort} from "../../data-loaders/read-cohort.js";
import {riskTablePatients, type RiskTableCount} from "../../src/lib/analysis/risk-table-patients.js";
import {REFERENCE_COHORT_DIR} from "../reconstruction/reference-cohort.js";

const cohort = readCohort(REFERENCE_COHORT_DIR);
const {riskTable} = await aggregateCohort({patients: `${REFERENCE_COHORT_DIR}/patients.csv`, procedures: `${REFERENCE_COHORT_DIR}/procedures.csv`});
const counted = createCountEvaluator(riskTablePatients(riskTable as RiskTableCount[]));
const rows = createEvaluator(cohort);

const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)));

describe("createCountEvaluator", () => {
  const evaluated = PUBLISHED_NUMBERS.map((n) => ({n, counts: counted(n), rows: rows(n)}));

  it("gives the rows' value for every number it evaluates", () => {
    const differing = evaluated.filter((e) => e.counts.evaluable && !(e.rows.evaluable && close(e.counts.value, e.rows.value)));
    expect(differing.map((e) => `${e.n.id}: ${JSON.stringify(e.counts)} vs ${JSON.stringify(e.rows)}`)).toEqual([]);
  });

  it("evaluates every Kaplan-Meier landmark and median, every log-rank P, and the counts of patients by arm", () => {
    const survival = evaluated.filter((e) => ["km_landmark", "km_median", "logrank_p"].includes(e.n.kind) && e.rows.evaluable);
    expect(survival.length).toBeGreaterThan(50);
    expect(survival.filter((e) => !e.counts.evaluable).map((e) => e.n.id)).toEqual([]);
    for (const id of ["cohort.patients", "arm.chemo.count", "arm.bland.percent", "baseline.hormonally_active.percent", "subgroups.other.p", "ttp.carcinoid.given_diagnosis.p"]) {
      const e = evaluated.find((x) => x.n.id === id)!;
      expect(e.counts.evaluable, id).toBe(true);
    }
  });

  it("says a number needs rows when the counts cannot give it", () => {
    for (const id of ["table1.pain.total", "baseline.men.count", "toxicity.infection.p", "mortality30.deaths"]) {
      expect(counted(PUBLISHED_NUMBERS.find((n) => n.id === id)!), id).toEqual({evaluable: false, reason: NEEDS_ROWS});
    }
  });

  it("makes a fidelity report whose evaluable rows match the rows' report", () => {
    const fromCounts = fidelityReport({patients: [], procedures: []}, {kind: "supplied"}, counted);
    const fromRows = fidelityReport(cohort, {kind: "supplied"});
    const byId = new Map(fromRows.rows.map((r) => [r.id, r]));
    const evaluable = fromCounts.rows.filter((r) => r.status !== "not_evaluable");
    expect(evaluable.length).toBe(fromCounts.summary.total);
    for (const r of evaluable) expect({id: r.id, status: r.status, text: r.reconstructedText}).toEqual({id: r.id, status: byId.get(r.id)!.status, text: byId.get(r.id)!.reconstructedText});
  });
});

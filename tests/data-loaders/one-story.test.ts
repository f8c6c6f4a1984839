// The contradiction ledger, the fidelity report and the cohort tell one story:
// a number the ledger sets aside is exactly a number the report shows
// infeasible (with a certificate) under that ledger entry, every other number
// of an entry prints as the paper does, and every value in the report is the
// cohort's (recomputed here from the rows).
import {describe, expect, it} from "vitest";
import {fidelityReport} from "../../data-loaders/fidelity/fidelity-report.js";
import {createEvaluator} from "../../data-loaders/fidelity/evaluate-number.js";
import {CONTRADICTIONS, publishedNumber} from "../../data-loaders/published/index.js";
import {readCohort} from "../../data-loaders/read-cohort.js";
import {REFERENCE_COHORT_DIR} from "../reconstruction/reference-cohort.js";

const cohort = readCohort(REFERENCE_COHORT_DIR);
const report = fidelityReport(cohort, {kind: "reconstructed"});
const row = (id: string) => report.rows.find((r) => r.id === id)!;

describe("ledger, fidelity report and data", () => {
  it("agree on what is set aside: exactly the infeasible numbers with a ledger entry", () => {
    const setAside = CONTRADICTIONS.flatMap((c) => c.setAside.map((id) => ({id, ledger: c.id})));
    const infeasible = report.rows.filter((r) => r.status === "infeasible" && r.ledger).map((r) => ({id: r.id, ledger: r.ledger}));
    expect(infeasible.sort((a, b) => a.id.localeCompare(b.id))).toEqual(setAside.sort((a, b) => a.id.localeCompare(b.id)));
    for (const c of CONTRADICTIONS) for (const id of c.setAside) expect(c.numberIds, c.id).toContain(id);
    for (const r of report.rows.filter((r) => r.ledger)) expect(CONTRADICTIONS.map((c) => c.id)).toContain(r.ledger);
  });

  it("agree that every number the ledger follows prints as the paper does", () => {
    const followed = CONTRADICTIONS.flatMap((c) => c.numberIds.filter((id) => !c.setAside.includes(id)));
    expect(followed.length).toBeGreaterThan(40);
    const off = followed.filter((id) => !row(id).inBand).map((id) => `${id}: ${row(id).reconstructedText}`);
    expect(off).toEqual([]);
  });

  it("agree on every value: each row's value is the cohort's", () => {
    const evaluate = createEvaluator(cohort);
    for (const r of report.rows.filter((r) => r.status !== "not_evaluable" && r.kind !== "ci_half_width")) {
      const e = evaluate(publishedNumber(r.id));
      expect(e.evaluable && e.value, r.id).toBe(r.reconstructed);
    }
  });

  it("agree on the bland TTP median 6: no ledger entry, a fitted number the cohort reproduces, at the cohort's own median", () => {
    expect(CONTRADICTIONS.some((c) => c.numberIds.includes("ttp.median.bland.all"))).toBe(false);
    expect(row("ttp.median.bland.all")).toMatchObject({status: "reproduced", role: "fitted", reconstructed: 6.4, reconstructedText: "6"});
    expect(createEvaluator(cohort)(publishedNumber("ttp.median.bland.all"))).toMatchObject({evaluable: true, value: 6.4});
  });
});

// The fidelity report's proofs of infeasibility rest on the paper's numbers
// alone, so a supplied cohort of any size gets the same proofs as the
// reconstruction (and the report does not grow with the cohort).
import {describe, expect, it} from "vitest";
import {fidelityReport, type FidelityRow} from "../../data-loaders/fidelity/fidelity-report.js";
import {halfWidthConflict} from "../../data-loaders/fidelity/half-width-conflict.js";
import {publishedNumber} from "../../data-loaders/published/index.js";
import {readCohort} from "../../data-loaders/read-cohort.js";
import {copiedReferenceCohort, REFERENCE_COHORT_DIR} from "../reconstruction/reference-cohort.js";

const proofs = (rows: FidelityRow[]) =>
  rows.filter((r) => r.kind === "ci_half_width" || r.id === "toxicity.infection.p").map(({id, status, reason, conflictsWith}) => ({id, status, reason, conflictsWith}));

describe("conflicts proven from the paper", () => {
  it("are the same for a supplied cohort 30 times the paper's size as for the reconstruction", () => {
    const reference = readCohort(REFERENCE_COHORT_DIR);
    const large = copiedReferenceCohort(30);
    expect(large.procedures.length).toBe(6570);
    const expected = proofs(fidelityReport(reference, {kind: "reconstructed"}).rows);
    expect(expected.filter((r) => r.status === "infeasible")).toHaveLength(18);
    const infeasible = proofs(fidelityReport(large, {kind: "supplied"}).rows).filter((r) => r.status === "infeasible");
    expect(infeasible).toEqual(expected.filter((r) => r.status === "infeasible"));
  });

  it("cover every procedure split the tables allow (139 or 140 chemoembolizations)", () => {
    const proof = halfWidthConflict(publishedNumber("table1.pain.ci"), publishedNumber("table1.pain.total"), [139, 140]);
    expect(proof).toBe("With 139 or 140 procedures and a total printing as 91%, the 95% half-width is 4.64–4.84 points (Wald) or 4.71–4.90 (Wilson), never 16.");
    expect(halfWidthConflict(publishedNumber("table1.fever.ci"), publishedNumber("table1.fever.total"), [139, 140])).toBeNull();
  });
});

// The Tables 1–2 "±" half-widths: which interval method, on which admissible
// count, gives each printed value, and which have no identified method.
import {describe, expect, it} from "vitest";
import {fidelityReport} from "../../data-loaders/fidelity/fidelity-report.js";
import {HALF_WIDTH_METHODS, halfWidthTrials} from "../../data-loaders/fidelity/half-width-methods.js";
import {publishedNumber} from "../../data-loaders/published/index.js";
import {readCohort} from "../../data-loaders/read-cohort.js";
import {REFERENCE_COHORT_DIR} from "../reconstruction/reference-cohort.js";

const trials = (id: string, procedures: number[], patients: number[]) =>
  halfWidthTrials(publishedNumber(id), publishedNumber(id.replace(/\.ci$/, ".total")), procedures, patients);
const identified = (id: string, procedures: number[], patients: number[]) =>
  trials(id, procedures, patients).filter((t) => t.hits.length > 0).map((t) => [t.method, t.hits.map((h) => `${h.k}/${h.n}`)]);

describe("half-width methods", () => {
  it("compute each interval as R does for one count", () => {
    const at = (id: string) => HALF_WIDTH_METHODS.find((m) => m.id === id)!.halfWidth(126, 139);
    // R: binom.test(126, 139)$conf.int = 0.84537948 0.94925713; poisson.test(126)$conf.int = 104.96136 150.01905.
    expect(at("exact.procedures")).toBeCloseTo((100 * (0.94925713 - 0.84537948)) / 2, 5);
    expect(at("poisson-count.procedures")).toBeCloseTo((150.01905 - 104.96136) / 2, 4);
    expect(at("poisson.procedures")).toBeCloseTo((100 * (150.01905 - 104.96136)) / 2 / 139, 4);
    expect(at("wald.procedures")).toBeCloseTo(100 * 1.959964 * Math.sqrt(((126 / 139) * (13 / 139)) / 139), 4);
    expect(at("wald-count.procedures")).toBeCloseTo(1.959964 * Math.sqrt(139 * (126 / 139) * (13 / 139)), 4);
  });

  it("name the methods that give a printed value, and none for the others", () => {
    expect(identified("table1.pain.ci", [139, 140], [44])).toEqual([["poisson.procedures", ["126/139", "127/139", "127/140", "128/140"]]]);
    expect(identified("table1.fever.ci", [139, 140], [44]).map(([m]) => m)).toEqual(["wald.procedures", "wilson.procedures", "exact.procedures"]);
    expect(identified("table1.vomiting.ci", [139, 140], [44])).toEqual([]);
    expect(identified("table2.other.ci", [80, 79], [23])).toEqual([]);
  });

  it("give the fidelity report no conflict for a half-width: reproduced, missed, or method not identified", () => {
    const rows = fidelityReport(readCohort(REFERENCE_COHORT_DIR), {kind: "reconstructed"}).rows.filter((r) => r.kind === "ci_half_width");
    expect(rows).toHaveLength(24);
    const byStatus = (s: string) => rows.filter((r) => r.status === s).map((r) => r.id);
    expect(byStatus("infeasible")).toEqual([]);
    expect(byStatus("unidentified")).toEqual([
      "table1.vomiting.ci", "table1.fatigue.ci", "table1.ggt_alp.ci", "table1.ast.ci", "table1.infection.ci", "table1.cardiac.ci",
      "table2.nausea.ci", "table2.vomiting.ci", "table2.other.ci"
    ]);
    for (const r of rows.filter((r) => r.status === "unidentified")) expect(r.reason).toMatch(/^method not identified: no tried interval gives \d+ on any count the tables allow/);
    expect(byStatus("missed")).toEqual(["table1.nausea.ci", "table1.weight_loss.ci", "table1.other.ci"]);
    expect(rows.every((r) => r.halfWidthMethods?.length === 12)).toBe(true);
  });
});

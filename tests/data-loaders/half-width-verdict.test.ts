import {expect, it} from "vitest";
import {fidelityReport} from "../../data-loaders/fidelity/fidelity-report.js";
import {readCohort} from "../../data-loaders/read-cohort.js";

it("judges Table 2's half-widths for a cohort with no bland embolizations instead of failing on an empty denominator", () => {
  const {patients, procedures} = readCohort("tests/fixtures/cohorts/sparse");
  expect(patients.some((p) => p.arm === "bland")).toBe(false);
  const report = fidelityReport({patients, procedures}, {kind: "supplied", dir: "sparse"});
  const halfWidths = report.rows.filter((r) => /^table2\.[a-z_]+\.ci$/.test(r.id));
  expect(halfWidths.length).toBeGreaterThan(5);
  for (const row of halfWidths) expect(["missed", "unidentified"], row.id).toContain(row.status);
});

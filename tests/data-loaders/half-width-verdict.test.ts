import {readFileSync} from "node:fs";
import {expect, it} from "vitest";
import {fidelityReport} from "../../data-loaders/fidelity/fidelity-report.js";
import {parsePatients, parseProcedures} from "../../src/lib/analysis/parse-cohort-csv.js";

it("judges Table 2's half-widths for a cohort with no bland embolizations instead of failing on an empty denominator", () => {
  const dir = "tests/fixtures/cohorts/sparse";
  const patients = parsePatients(readFileSync(`${dir}/patients.csv`, "utf8"));
  expect(patients.some((p) => p.arm === "bland")).toBe(false);
  const report = fidelityReport({patients, procedures: parseProcedures(readFileSync(`${dir}/procedures.csv`, "utf8"))}, {kind: "supplied", dir: "sparse"});
  const halfWidths = report.rows.filter((r) => /^table2\.[a-z_]+\.ci$/.test(r.id));
  expect(halfWidths.length).toBeGreaterThan(5);
  for (const row of halfWidths) expect(["missed", "unidentified"], row.id).toContain(row.status);
});

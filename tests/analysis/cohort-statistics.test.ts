import {expect, it} from "vitest";
import {baselineTable, baselineTests} from "../../src/lib/analysis/baseline-table.js";
import {cohortFamily, cohortStatistics} from "../../src/lib/analysis/cohort-statistics.js";
import {filterPatients} from "../../src/lib/analysis/filter-patients.js";
import {patients, procedures} from "./reference-cohort.js";

const family = cohortFamily(patients);

it("gives the baseline table with each test's adjusted P over all 27 filter states", () => {
  const filters = {tumor: "carcinoid", hormonal: "active"} as const;
  const s = cohortStatistics(patients, procedures, filters, family);
  const subset = filterPatients(patients, filters);
  expect(s.table.baseline).toEqual(baselineTable(subset));
  for (const test of baselineTests(subset)) expect(s.table.adjusted[test.characteristic]).toBe(family.adjusted(test.key));
  expect(s.family).toEqual({views: 27, tests: family.tests});
  expect(s.table.armSizes).toEqual([subset.filter((p) => p.arm === "chemoembolization").length, subset.filter((p) => p.arm === "bland").length]);
});

it("counts tumour types and procedures per patient by arm, and crossover without patient ids", () => {
  const s = cohortStatistics(patients, procedures, {}, family);
  expect(s.table.tumours.reduce((n, t) => n + t.count, 0)).toBe(67);
  expect(s.table.proceduresPerPatient.reduce((n, c) => n + c.count * c.value, 0)).toBe(patients.reduce((n, p) => n + p.procedures_total, 0));
  expect(s.table.crossover.map((r) => r.patients)).toEqual([44, 23]);
  expect(JSON.stringify(s.table.crossover)).not.toMatch(/"id"/);
  expect(s.table.crossover[0].crossoverPatients.length).toBe(s.table.crossover[0].crossover);
});

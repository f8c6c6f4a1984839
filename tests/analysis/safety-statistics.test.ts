import {expect, it} from "vitest";
import {filterPatients, proceduresOf} from "../../src/lib/analysis/filter-patients.js";
import {safetyFamily, safetyStatistics} from "../../src/lib/analysis/safety-statistics.js";
import {safetyTests} from "../../src/lib/analysis/safety-tests.js";
import {patients, procedures} from "./reference-cohort.js";

const family = safetyFamily(patients, procedures);

it("gives the toxicity tables, tests, 30-day mortality and length of stay of the filtered procedures", () => {
  const s = safetyStatistics(patients, procedures, {tumor: "all", confLevel: 0.95}, family);
  expect(s.table.procedures).toBe(219);
  expect(s.table.deaths30).toBe(3);
  expect(s.table.mortality?.estimate).toBeCloseTo(3 / 219, 12);
  expect(s.table.infection.byPatient.fisherP).toBeCloseTo(0.2470004, 6);
  expect(s.table.stays.reduce((n, c) => n + c.count, 0)).toBe(219);
  expect(s.family).toEqual({views: 3, tests: family.tests});
});

it("adjusts each test by name as the page's family does by key, whatever the confidence level", () => {
  const carcinoid = filterPatients(patients, {tumor: "carcinoid"});
  const {tests} = safetyTests(carcinoid, proceduresOf(procedures, carcinoid));
  const s = safetyStatistics(patients, procedures, {tumor: "carcinoid", confLevel: 0.9}, family);
  for (const [name, test] of Object.entries(tests)) expect(s.adjusted[name as keyof typeof tests]).toBe(family.adjusted(test.key));
  expect(s.table.cells.every((c) => c.upper === null || c.upper <= 100)).toBe(true);
});

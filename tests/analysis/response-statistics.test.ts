import {expect, it} from "vitest";
import {filterPatients} from "../../src/lib/analysis/filter-patients.js";
import {responseFamily, responseStatistics} from "../../src/lib/analysis/response-statistics.js";
import {responseTests} from "../../src/lib/analysis/response-tests.js";
import {patients} from "./reference-cohort.js";

const family = responseFamily(patients);

it("gives regression, relief and its duration by arm, and each arm's one-month status shares", () => {
  const filters = {tumor: "all", hormonal: "active"} as const;
  const s = responseStatistics(patients, {...filters, confLevel: 0.95}, family);
  const r = responseTests(filterPatients(patients, filters));
  expect(s.table.assessed).toBe(r.assessed.length);
  expect(s.table.regression).toEqual(r.regression);
  expect(s.table.duration).toEqual(r.duration);
  for (const arm of ["chemoembolization", "bland"]) {
    const shares = s.table.shares.filter((d) => d.arm === arm);
    expect(shares.reduce((a, d) => a + d.share, 0)).toBeCloseTo(1, 12);
    expect(shares.reduce((a, d) => a + d.count, 0)).toBe(r.assessed.filter((p) => p.arm === arm).length);
  }
  for (const [name, test] of Object.entries(r.tests)) expect(s.adjusted[name as keyof typeof r.tests]).toBe(family.adjusted(test.key));
  expect(s.family.views).toBe(9);
});

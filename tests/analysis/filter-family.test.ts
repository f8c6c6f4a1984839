import {expect, it} from "vitest";
import {filterFamily} from "../../src/lib/analysis/filter-family.js";
import {filterPatients} from "../../src/lib/analysis/filter-patients.js";
import {testFamily, testKey} from "../../src/lib/analysis/test-family.js";
import type {PatientRow} from "../../src/lib/analysis/patient-row.js";
import {filterStates} from "../../src/lib/analysis/view-family.js";
import {patients} from "./reference-cohort.js";

// One test per state, its P the share of the state's patients that are women, so each state's P differs.
const women = (rows: readonly PatientRow[]) => [{key: testKey("women", rows), p: () => rows.filter((p) => p.sex === "F").length / rows.length}];

it("is the family of every filter state without MIN_CELL", () => {
  const family = filterFamily(patients, ["tumor", "hormonal"], null, women);
  const all = testFamily(filterStates(["tumor", "hormonal"]), (filters) => women(filterPatients(patients, filters)));
  expect(family.views).toBe(9);
  expect(family.hidden).toBeUndefined();
  expect(family.tests).toBe(9);
  const key = women(patients)[0]!.key;
  expect(family.adjusted(key)).toBe(all.adjusted(key));
});

it("under MIN_CELL keeps the views, leaves the withheld states' tests out, and says how many", () => {
  const full = filterFamily(patients, ["tumor", "hormonal"], null, women);
  const family = filterFamily(patients, ["tumor", "hormonal"], 25, women);
  // 46, 21, 38, 24, 14, 29, 22, 7 patients besides the 67 of the whole cohort: five states under 25.
  expect(family).toMatchObject({views: 9, tests: 4, hidden: {views: 5, minCell: 25}});
  expect(full.tests).toBe(9);
  // Benjamini–Hochberg over the four shown P values alone.
  const shown = filterStates(["tumor", "hormonal"]).map((f) => filterPatients(patients, f)).filter((rows) => rows.length >= 25);
  const ps = shown.map((rows) => women(rows)[0]!.p());
  const sorted = [...ps].sort((a, b) => a - b);
  const whole = women(patients)[0]!;
  const rank = sorted.lastIndexOf(whole.p());
  const expected = Math.min(...sorted.slice(rank).map((p, i) => Math.min(1, (p * sorted.length) / (rank + i + 1))));
  expect(family.adjusted(whole.key)).toBeCloseTo(expected, 14);
  expect(filterFamily(patients, ["tumor", "hormonal"], 1, women).hidden).toBeUndefined();
});

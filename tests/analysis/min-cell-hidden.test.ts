import {expect, it} from "vitest";
import {filterPatients} from "../../src/lib/analysis/filter-patients.js";
import {hiddenByMinCell} from "../../src/lib/analysis/min-cell-hidden.js";
import {patients} from "./reference-cohort.js";

it("withholds a filter state of fewer than MIN_CELL patients, and nothing when it is unset", () => {
  const filters = {tumor: "noncarcinoid", hormonal: "inactive"} as const;
  const n = filterPatients(patients, filters).length;
  expect(n).toBe(7);
  expect(hiddenByMinCell(patients, filters, n + 1)).toBe(true);
  expect(hiddenByMinCell(patients, filters, n)).toBe(false);
  expect(hiddenByMinCell(patients, filters, null)).toBe(false);
  expect(hiddenByMinCell(patients, {}, 67)).toBe(false);
  expect(hiddenByMinCell(patients, {}, 68)).toBe(true);
});

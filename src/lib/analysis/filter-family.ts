// The family of tests of a page whose views are the states of its filters
// (test-family.ts). Under MIN_CELL the states it withholds are left out, so a
// shown adjusted P is Benjamini–Hochberg over the shown tests alone and does
// not move with a hidden cell; the family says how many views it left out.
import {filterPatients, type PatientFilters} from "./filter-patients.js";
import {hiddenByMinCell} from "./min-cell-hidden.js";
import type {PatientRow} from "./patient-row.js";
import {testFamily, type FamilyTest, type TestFamily} from "./test-family.js";
import {filterStates} from "./view-family.js";

/** `testsOf` gives the tests a state shows, from the patients its filters keep; `minCell` null keeps every state. */
export function filterFamily(patients: readonly PatientRow[], keys: (keyof PatientFilters)[], minCell: number | null, testsOf: (rows: PatientRow[]) => readonly FamilyTest[]): TestFamily {
  const states = filterStates(keys);
  const shown = states.filter((filters) => !hiddenByMinCell(patients, filters, minCell));
  const family = testFamily(shown, (filters) => testsOf(filterPatients(patients, filters)));
  const hidden = states.length - shown.length;
  return {...family, views: states.length, ...(hidden > 0 && {hidden: {views: hidden, minCell: minCell as number}})};
}

// MIN_CELL on a page's filter states: a state whose filters keep fewer than k
// patients is withheld from the published statistics, and from the family of
// tests its shown P values are adjusted over, so nothing shown depends on it.
import {filterPatients, type PatientFilters} from "./filter-patients.js";
import type {PatientRow} from "./patient-row.js";

/** Whether MIN_CELL (null: unset) withholds the state these filters select. */
export function hiddenByMinCell(patients: readonly PatientRow[], filters: Partial<PatientFilters>, minCell: number | null): boolean {
  return minCell !== null && filterPatients(patients, filters).length < minCell;
}

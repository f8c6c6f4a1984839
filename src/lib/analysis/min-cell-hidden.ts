// MIN_CELL on a page's filter states: a state whose filters keep fewer than k
// patients is withheld from the published statistics, and from the family of
// tests its shown P values are adjusted over, so nothing shown depends on it.
import {filterPatients, type PatientFilters} from "./filter-patients.js";
import {patientCount, type PatientRow} from "./patient-row.js";

/** Whether MIN_CELL (null: unset) withholds the state these filters select; a risk-table row counts as the patients it stands for. */
export function hiddenByMinCell(patients: readonly PatientRow[], filters: Partial<PatientFilters>, minCell: number | null): boolean {
  return minCell !== null && patientCount(filterPatients(patients, filters)) < minCell;
}

// The paper's figures describe its whole cohort. Beside results for a
// filtered subset, a quoted figure says so, or it reads as the subset's.
import {NO_FILTERS, type PatientFilters} from "../analysis/filter-patients.js";

/** " for the whole cohort" when any filter is on, else "": goes right after "The paper reports" or "paper". */
export function formatPaperScope(filters: Partial<PatientFilters>): string {
  const on = (Object.keys(NO_FILTERS) as (keyof PatientFilters)[]).some((key) => (filters[key] ?? NO_FILTERS[key]) !== NO_FILTERS[key]);
  return on ? " for the whole cohort" : "";
}

// Where MIN_CELL suppression changed what a page shows: the suppressed
// patterns (arm × primary tumour × hormonal activity × extrahepatic disease)
// that the page's filters would have kept.
import {filterPatients, type PatientFilters} from "./filter-patients.js";
import type {PatientRow} from "./patient-row.js";
import type {RiskTablePattern} from "./risk-table-patients.js";

/** A sentence for the page, or null when no suppressed pattern falls under these filters. */
export function suppressedNote(table: {minCell: number | null; suppressed: readonly RiskTablePattern[]}, filters: Partial<PatientFilters>): string | null {
  const kept = filterPatients(table.suppressed as readonly PatientRow[], filters);
  if (kept.length === 0 || table.minCell === null) return null;
  return `${kept.length} combination${kept.length === 1 ? "" : "s"} of arm, primary tumour, hormonal activity and extrahepatic disease under these filters held fewer than ${table.minCell} patients and ${kept.length === 1 ? "is" : "are"} left out of every number here (MIN_CELL=${table.minCell}), so the counts and curves cover fewer patients than the cohort.`;
}

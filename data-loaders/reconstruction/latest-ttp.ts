// TTP runs from the stabilization scan, about a month after the first
// embolization, and survival from the embolization itself; so a patient who
// stabilized progresses (or is last imaged) at least a month before the end
// of survival. Patients progressing at 1 month have TTP 0 and no such gap.
import type {PatientRow} from "./cohort-types.js";

/** Months from the first embolization to the stabilization scan. */
export const STABILIZATION_MONTHS = 1;

const stabilized = (p: PatientRow) => p.response_1mo === "stabilization" || p.response_1mo === "regression";

/** The latest TTP the patient's survival allows. */
export function latestTtp(p: PatientRow): number {
  return stabilized(p) ? p.os_months - STABILIZATION_MONTHS : p.os_months;
}

/** The shortest survival the patient's TTP allows. */
export function earliestSurvival(p: PatientRow): number {
  if (p.ttp_months === null) return 0;
  return stabilized(p) ? p.ttp_months + STABILIZATION_MONTHS : p.ttp_months;
}

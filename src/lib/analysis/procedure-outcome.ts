// A yes/no outcome of procedures compared between the arms two ways, since
// 219 procedures in 67 patients are not independent: per procedure (Fisher's
// test treating procedures as independent, beside an odds ratio with patients
// as clusters) and per patient (a patient counts once, as having had the
// outcome after any procedure, and is compared by arm).
import type {PatientRow, ProcedureRow} from "./patient-row.js";
import {compareProportions, type TwoByTwo} from "./two-by-two.js";

export interface ProcedureOutcome {
  /** Procedures by modality; `clustered` has patients as clusters. */
  byProcedure: TwoByTwo;
  /** Patients by arm: any of their procedures had the outcome. */
  byPatient: TwoByTwo;
}

export function compareProcedureOutcome(
  patients: readonly PatientRow[],
  procedures: readonly ProcedureRow[],
  outcome: (procedure: ProcedureRow) => boolean,
  {confLevel = 0.95}: {confLevel?: number} = {}
): ProcedureOutcome {
  const affected = new Set(procedures.filter(outcome).map((r) => r.patient_id));
  return {
    byProcedure: compareProportions(procedures, (r) => r.modality, outcome, {confLevel, cluster: (r) => r.patient_id}),
    byPatient: compareProportions(patients, (p) => p.arm, (p) => affected.has(p.id), {confLevel})
  };
}

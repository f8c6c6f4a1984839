// The reconstruction's rows are the cohort schema's rows, so they can be
// written with the schema's own CSV writer and read back by its validator.
import type {Arm, Flag, Patient, PrimaryTumor, Procedure, Response} from "../cohort-schema.js";

export type {Flag, PrimaryTumor, Response};
export type ArmCode = Arm;
export type PatientRow = Patient;
export type ProcedureRow = Procedure;

export interface Cohort {
  patients: PatientRow[];
  procedures: ProcedureRow[];
}

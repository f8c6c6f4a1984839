import {csvFormatRows} from "d3";
import {PATIENT_COLUMNS, PROCEDURE_COLUMNS, type Patient, type Procedure} from "../cohort-schema.js";

/**
 * Numbers print as the shortest text that reads back to the same double
 * (String(-0) is "0"), so the published cohort holds exactly the values
 * supplied, never a rounding of them, and files written twice from the same
 * data are byte-identical; null prints as an empty field.
 */
export function formatCell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} to a cohort CSV`);
  return String(value);
}

/** Writes a cohort in the exact schema (header order of PATIENT_COLUMNS and PROCEDURE_COLUMNS), with "\n" line ends and a final newline. */
export function toCsv(patients: readonly Patient[], procedures: readonly Procedure[]): {patients: string; procedures: string} {
  const table = <R>(columns: readonly (keyof R & string)[], rows: readonly R[]) =>
    csvFormatRows([[...columns], ...rows.map((r) => columns.map((c) => formatCell(r[c] as string | number | null)))]) + "\n";
  return {patients: table<Patient>(PATIENT_COLUMNS, patients), procedures: table<Procedure>(PROCEDURE_COLUMNS, procedures)};
}

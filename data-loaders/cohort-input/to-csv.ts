import {csvFormatRows} from "d3";
import {PATIENT_COLUMNS, PROCEDURE_COLUMNS, type Patient, type Procedure} from "../cohort-schema.js";

/**
 * Numbers print as integers when integral, otherwise with at most 4 decimals
 * and no trailing zeros (0.0001 months is under 5 minutes), so files written
 * twice from the same data are byte-identical; null prints as an empty field.
 */
export function formatCell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} to a cohort CSV`);
  if (Number.isInteger(value)) return String(value === 0 ? 0 : value);
  const fixed = value.toFixed(4).replace(/0+$/, "").replace(/\.$/, "");
  return fixed === "-0" ? "0" : fixed;
}

/** Writes a cohort in the exact schema (header order of PATIENT_COLUMNS and PROCEDURE_COLUMNS), with "\n" line ends and a final newline. */
export function toCsv(patients: readonly Patient[], procedures: readonly Procedure[]): {patients: string; procedures: string} {
  const table = <R>(columns: readonly (keyof R & string)[], rows: readonly R[]) =>
    csvFormatRows([[...columns], ...rows.map((r) => columns.map((c) => formatCell(r[c] as string | number | null)))]) + "\n";
  return {patients: table<Patient>(PATIENT_COLUMNS, patients), procedures: table<Procedure>(PROCEDURE_COLUMNS, procedures)};
}

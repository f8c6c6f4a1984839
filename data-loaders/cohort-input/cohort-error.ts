/** A cohort file that does not match the schema; the message names file, row, line, column and value. */
export class CohortValidationError extends Error {
  override name = "CohortValidationError";
}

/** "patients.csv row 3 (line 4)" — the 1-based data row and its first line in the file. */
export function where(file: string, row: number, line: number): string {
  return `${file} row ${row} (line ${line})`;
}

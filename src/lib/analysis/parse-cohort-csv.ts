// Reads the published cohort tables with the column types the build validated
// (cohort-columns.ts), never by guessing from the text as d3.autoType does:
// an id "01" stays "01", a flag is an integer, an empty cell is null. Uses
// csvParseRows, which, unlike csvParse, compiles no row function at run time,
// so pages need no 'unsafe-eval' in their Content-Security-Policy.
import {csvParseRows} from "d3";
import {PATIENT_COLUMNS, PATIENT_COLUMN_TYPES, PROCEDURE_COLUMNS, PROCEDURE_COLUMN_TYPES, type CellType} from "./cohort-columns.js";
import type {PatientRow, ProcedureRow} from "./patient-row.js";

/** Rows of `text` as objects keyed by `columns`, each cell read as its declared type. Throws on a header that is not exactly `columns`. */
export function parseCohortCsv<C extends string>(text: string, columns: readonly C[], types: Record<C, CellType>, file: string): Record<C, string | number | null>[] {
  const rows = csvParseRows(text.startsWith("\uFEFF") ? text.slice(1) : text);
  const header = rows[0] ?? [];
  if (header.length !== columns.length || header.some((name, j) => name !== columns[j])) {
    throw new Error(`${file}: the header is not the cohort schema's (${columns.length} columns from ${columns[0]})`);
  }
  const numeric = columns.map((c) => types[c] !== "string");
  const out: Record<C, string | number | null>[] = new Array(rows.length - 1);
  for (let i = 1; i < rows.length; ++i) {
    const cells = rows[i];
    if (cells.length !== columns.length) throw new Error(`${file} row ${i}: ${cells.length} fields, expected ${columns.length}`);
    const row = {} as Record<C, string | number | null>;
    for (let j = 0; j < columns.length; ++j) {
      const cell = cells[j];
      row[columns[j]] = cell === "" ? null : numeric[j] ? Number(cell) : cell;
    }
    out[i - 1] = row;
  }
  return out;
}

/** data/patients.csv as the pages read it. */
export function parsePatients(text: string): PatientRow[] {
  return parseCohortCsv(text, PATIENT_COLUMNS, PATIENT_COLUMN_TYPES, "patients.csv") as unknown as PatientRow[];
}

/** data/procedures.csv as the pages read it. */
export function parseProcedures(text: string): ProcedureRow[] {
  return parseCohortCsv(text, PROCEDURE_COLUMNS, PROCEDURE_COLUMN_TYPES, "procedures.csv") as unknown as ProcedureRow[];
}

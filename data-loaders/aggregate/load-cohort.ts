// Loads a cohort's patients and procedures, each a CSV or a Parquet file,
// into DuckDB tables `patients` and `procedures` typed as cohortTableDdl
// says, after validating every row with the build's own validator
// (cohort-input/validate-cohort.ts), so a bad file stops with the message the
// CSV path gives: file, row, line, column, value and what was expected. A CSV
// is validated from its bytes exactly as readCohort does; a Parquet file's
// rows are read through DuckDB and validated as the CSV they would print as
// (numbers as the shortest text that reads back to them, nulls empty), its
// "line" being the row's line in that CSV.
import {readFileSync} from "node:fs";
import {basename, extname} from "node:path";
import type {DuckDBConnection, DuckDBValue} from "@duckdb/node-api";
import {csvFormatRows} from "d3";
import {decodeCohortFile} from "../cohort-input/decode-file.js";
import {formatCell} from "../cohort-input/to-csv.js";
import {validateCohort, type ValidatedCohort} from "../cohort-input/validate-cohort.js";
import {cohortTableDdl, TABLE_COLUMNS, type CohortTable} from "./cohort-table-ddl.js";

export interface CohortFiles {
  patients: string;
  procedures: string;
}

type Format = "csv" | "parquet";

function formatOf(path: string): Format {
  const ext = extname(path).toLowerCase();
  if (ext === ".csv") return "csv";
  if (ext === ".parquet") return "parquet";
  throw new Error(`${basename(path)}: expected a .csv or .parquet file`);
}

const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;

function source(table: CohortTable, path: string, format: Format): string {
  if (format === "parquet") return `read_parquet(${quoted(path)})`;
  const columns = TABLE_COLUMNS[table].map(({name}) => `${quoted(name)}: 'VARCHAR'`).join(", ");
  return `read_csv(${quoted(path)}, header = true, delim = ',', quote = '"', escape = '"', columns = {${columns}})`;
}

function cellText(value: DuckDBValue): string {
  if (value === null) return "";
  if (typeof value === "number") return formatCell(value);
  return String(value);
}

async function tableText(connection: DuckDBConnection, path: string, format: Format): Promise<string> {
  if (format === "csv") return decodeCohortFile(readFileSync(path), basename(path));
  const reader = await connection.runAndReadAll(`SELECT * FROM read_parquet(${quoted(path)})`);
  return csvFormatRows([reader.columnNames(), ...reader.getRows().map((row) => row.map(cellText))]) + "\n";
}

/** Validates both files and creates the tables; returns what validateCohort returns. */
export async function loadCohort(connection: DuckDBConnection, files: CohortFiles): Promise<ValidatedCohort> {
  const formats = {patients: formatOf(files.patients), procedures: formatOf(files.procedures)};
  const validated = validateCohort(
    await tableText(connection, files.patients, formats.patients),
    await tableText(connection, files.procedures, formats.procedures),
    {patients: basename(files.patients), procedures: basename(files.procedures)}
  );
  for (const table of ["patients", "procedures"] as const) {
    const cells = TABLE_COLUMNS[table].map(({name, sqlType}) => `CAST(NULLIF(CAST(${name} AS VARCHAR), '') AS ${sqlType}) AS ${name}`);
    await connection.run(cohortTableDdl(table));
    await connection.run(`INSERT INTO ${table} SELECT ${cells.join(", ")} FROM ${source(table, files[table], formats[table])}`);
  }
  return validated;
}

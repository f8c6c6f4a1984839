// Loads a cohort's patients and procedures, each a CSV or a Parquet file, as
// DuckDB views `patients` and `procedures` typed as cohortTableDdl says,
// after validating every row with the build's rules and messages: in SQL
// over the files (validate-in-duckdb.ts), or, for the few files SQL cannot
// read as the build does, with the build's own validator on the rows
// (validateByReference). Either way a bad file stops with the message the
// CSV path gives: file, row, line, column, value and what was expected. A
// Parquet file's rows are checked as the CSV they would print as (numbers as
// the shortest text that reads back to them, nulls empty), its "line" being
// the row's line in that CSV.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {basename, extname, join} from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {csvFormatRows, csvParseRows} from "d3";
import {decodeCohortFile} from "../cohort-input/decode-file.js";
import type {DefinitionCheck} from "../cohort-input/definition-checks.js";
import {validateCohort} from "../cohort-input/validate-cohort.js";
import {TABLE_COLUMNS, type CohortTable} from "./cohort-table-ddl.js";
import {cellText, CohortSql, csvTextScan, NotForSql, quoted, validatedCsvTable, type CohortFormat} from "./validate-in-duckdb.js";

export interface CohortFiles {
  patients: string;
  procedures: string;
}

export interface LoadedCohort {
  /** Rows that fit the schema but break the paper's definitions, as the build reports them. */
  definitionChecks: DefinitionCheck[];
  /** Why the files went through the reference validator, or null when SQL validated them. */
  reference: string | null;
}

function formatOf(path: string): CohortFormat {
  const ext = extname(path).toLowerCase();
  if (ext === ".csv") return "csv";
  if (ext === ".parquet") return "parquet";
  throw new Error(`${basename(path)}: expected a .csv or .parquet file`);
}

/**
 * A CSV's cells as text, in a temporary table, as the reference validator read them (d3's records): written out
 * again with LF line ends and RFC 4180 quoting, which DuckDB reads as d3 does, then read with nothing guessed.
 */
async function referenceCsvTable(connection: DuckDBConnection, table: CohortTable, path: string): Promise<string> {
  const name = `reference_${table}`;
  const dir = mkdtempSync(join(tmpdir(), "cohort-csv-"));
  try {
    const copy = join(dir, `${table}.csv`);
    writeFileSync(copy, csvFormatRows(csvParseRows(decodeCohortFile(readFileSync(path), basename(path)))) + "\n");
    await connection.run(`CREATE TEMP TABLE ${name} AS SELECT * FROM ${csvTextScan(copy, TABLE_COLUMNS[table].map((c) => c.name), "\n")}`);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
  return name;
}

/** What a table's view reads: a Parquet file, or the CSV's validated rows (never the file read again, which DuckDB could split otherwise). */
async function source(connection: DuckDBConnection, table: CohortTable, path: string, format: CohortFormat, byReference: boolean): Promise<string> {
  if (format === "parquet") return `read_parquet(${quoted(path)})`;
  return byReference ? referenceCsvTable(connection, table, path) : validatedCsvTable(table);
}

async function tableText(connection: DuckDBConnection, path: string, format: CohortFormat): Promise<string> {
  if (format === "csv") return decodeCohortFile(readFileSync(path), basename(path));
  const reader = await connection.runAndReadAll(`SELECT * FROM read_parquet(${quoted(path)})`);
  return csvFormatRows([reader.columnNames(), ...reader.getRows().map((row) => row.map(cellText))]) + "\n";
}

/** The build's validateCohort on every row, all in memory: the reference the SQL validation is tested against. */
export async function validateByReference(connection: DuckDBConnection, files: CohortFiles): Promise<DefinitionCheck[]> {
  const formats = {patients: formatOf(files.patients), procedures: formatOf(files.procedures)};
  return validateCohort(
    await tableText(connection, files.patients, formats.patients),
    await tableText(connection, files.procedures, formats.procedures),
    {patients: basename(files.patients), procedures: basename(files.procedures)}
  ).definitionChecks;
}

const NUMERIC_TYPES = /^(U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)|DOUBLE|FLOAT)$/;

/** The columns of a Parquet file stored as integers or floating point (none for a CSV). */
async function numericColumns(connection: DuckDBConnection, path: string, format: CohortFormat): Promise<Set<string>> {
  if (format === "csv") return new Set();
  const described = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${quoted(path)})`)).getRowObjectsJS();
  return new Set(described.filter((d) => NUMERIC_TYPES.test(String(d.column_type))).map((d) => String(d.column_name)));
}

/** Validates both files and creates the views. */
export async function loadCohort(connection: DuckDBConnection, files: CohortFiles): Promise<LoadedCohort> {
  const formats = {patients: formatOf(files.patients), procedures: formatOf(files.procedures)};
  let definitionChecks: DefinitionCheck[];
  let reference: string | null = null;
  try {
    definitionChecks = await new CohortSql(connection).validate({
      patients: {path: files.patients, format: formats.patients},
      procedures: {path: files.procedures, format: formats.procedures}
    });
  } catch (error) {
    if (!(error instanceof NotForSql)) throw error;
    reference = error.message;
    definitionChecks = await validateByReference(connection, files);
  }
  for (const table of ["patients", "procedures"] as const) {
    const numeric = await numericColumns(connection, files[table], formats[table]);
    // A valid number is cast as it is; only text goes through text, where empty means null.
    const cells = TABLE_COLUMNS[table].map(({name, sqlType}) =>
      numeric.has(name) ? `CAST(${name} AS ${sqlType}) AS ${name}` : `CAST(NULLIF(CAST(${name} AS VARCHAR), '') AS ${sqlType}) AS ${name}`
    );
    await connection.run(`CREATE VIEW ${table} AS SELECT ${cells.join(", ")} FROM ${await source(connection, table, files[table], formats[table], reference !== null)}`);
  }
  return {definitionChecks, reference};
}

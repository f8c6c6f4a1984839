// The cohort's two tables as portable SQL DDL, typed from the schema's cell
// types (cohort-columns.ts), so DuckDB and a warehouse hold the same columns
// with the same types: ids and categories as text, flags and counts as
// integers, times as doubles.
import {PATIENT_COLUMN_TYPES, PATIENT_COLUMNS, PROCEDURE_COLUMN_TYPES, PROCEDURE_COLUMNS, type CellType} from "../../src/lib/analysis/cohort-columns.js";

export type CohortTable = "patients" | "procedures";

const SQL_TYPES: Record<CellType, string> = {string: "VARCHAR", integer: "INTEGER", number: "DOUBLE PRECISION"};

export const TABLE_COLUMNS: Record<CohortTable, readonly {name: string; sqlType: string}[]> = {
  patients: PATIENT_COLUMNS.map((name) => ({name, sqlType: SQL_TYPES[PATIENT_COLUMN_TYPES[name]]})),
  procedures: PROCEDURE_COLUMNS.map((name) => ({name, sqlType: SQL_TYPES[PROCEDURE_COLUMN_TYPES[name]]}))
};

/** CREATE TABLE for one of the cohort's tables. */
export function cohortTableDdl(table: CohortTable): string {
  return `CREATE TABLE ${table} (${TABLE_COLUMNS[table].map(({name, sqlType}) => `${name} ${sqlType}`).join(", ")})`;
}

// The cohort's risk table computed where the rows are read, in process with
// DuckDB: load and validate both files (load-cohort.ts), then run
// risk-table.sql, the one portable query a warehouse runs unchanged.
import {readFileSync} from "node:fs";
import {DuckDBInstance} from "@duckdb/node-api";
import type {DefinitionCheck} from "../cohort-input/definition-checks.js";
import {loadCohort, type CohortFiles} from "./load-cohort.js";

export const RISK_TABLE_SQL = readFileSync(new URL("risk-table.sql", import.meta.url), "utf8");

/** One row of risk-table.sql's output. */
export interface RiskTableRow {
  endpoint: string;
  arm: string;
  primary_tumor: string;
  hormonally_active: number;
  extrahepatic_disease: number;
  time_months: number;
  events: number;
  censored: number;
  entries: number;
}

export interface CohortAggregates {
  riskTable: RiskTableRow[];
  /** Rows that fit the schema but break the paper's definitions, as the build reports them. */
  definitionChecks: DefinitionCheck[];
}

export async function aggregateCohort(files: CohortFiles): Promise<CohortAggregates> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const {definitionChecks} = await loadCohort(connection, files);
    const reader = await connection.runAndReadAll(RISK_TABLE_SQL);
    return {riskTable: reader.getRowObjectsJS() as unknown as RiskTableRow[], definitionChecks};
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

// The cohort's risk table computed where the rows are read, in process with
// DuckDB: load and validate both files (load-cohort.ts), then run
// risk-table.sql, the one portable query a warehouse runs unchanged.
import {readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
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

/**
 * DuckDB's settings for a cohort of any size: a memory limit it spills to
 * disk beyond (the grouping of 10^7 ids in validation, a CSV's rows), in a
 * directory of this process's own (DuckDB creates and removes it), and the
 * file's row order kept for the row numbers of messages.
 */
export const DUCKDB_OPTIONS: Record<string, string> = {
  memory_limit: "1GB",
  preserve_insertion_order: "true",
  temp_directory: join(tmpdir(), `cohort-duckdb-${process.pid}`)
};

export async function aggregateCohort(files: CohortFiles): Promise<CohortAggregates> {
  const instance = await DuckDBInstance.create(":memory:", DUCKDB_OPTIONS);
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

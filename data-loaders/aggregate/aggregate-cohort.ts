// The cohort's risk table computed where the rows are read, in process with
// DuckDB: load and validate both files (load-cohort.ts), then run
// risk-table.sql, the one portable query a warehouse runs unchanged.
import {readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {DuckDBInstance, type DuckDBResultReader} from "@duckdb/node-api";
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
  /** Wall time of the two steps: validating and loading the files, then risk-table.sql. */
  ms: {load: number; riskTable: number};
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

/** The rows of risk-table.sql's result, built from its columns: a third of the time of DuckDB's row objects for 10^5 rows. */
function riskTableRows(reader: DuckDBResultReader): RiskTableRow[] {
  const columns = reader.getColumnsJS() as unknown as [string[], string[], string[], ...number[][]];
  const [endpoint, arm, primaryTumor, hormonal, extrahepatic, time, events, censored, entries] = columns;
  return Array.from({length: reader.currentRowCount}, (_, i) => ({
    endpoint: endpoint[i],
    arm: arm[i],
    primary_tumor: primaryTumor[i],
    hormonally_active: hormonal[i],
    extrahepatic_disease: extrahepatic[i],
    time_months: time[i],
    events: events[i],
    censored: censored[i],
    entries: entries[i]
  }));
}

export async function aggregateCohort(files: CohortFiles): Promise<CohortAggregates> {
  const instance = await DuckDBInstance.create(":memory:", DUCKDB_OPTIONS);
  const connection = await instance.connect();
  try {
    const started = performance.now();
    const {definitionChecks} = await loadCohort(connection, files);
    const loaded = performance.now();
    const riskTable = riskTableRows(await connection.runAndReadAll(RISK_TABLE_SQL));
    return {riskTable, definitionChecks, ms: {load: loaded - started, riskTable: performance.now() - loaded}};
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

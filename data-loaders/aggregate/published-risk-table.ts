// data/risk-table.json: the cohort as counts, published in every mode so the
// survival pages can compute from it alone. The counts come from
// risk-table.sql run by DuckDB on the cohort's rows (a supplied COHORT_DIR
// as it lies, the reconstruction written out as the same CSV files first), or
// from a risk table computed elsewhere (COHORT_AGGREGATES), and MIN_CELL then
// suppresses the patterns of too few patients (min-cell.ts).
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {cohortFiles} from "../cohort-dir.js";
import {inputDirectory} from "../input-directory.js";
import {decodeCohortFile} from "../cohort-input/decode-file.js";
import {toCsv} from "../cohort-input/to-csv.js";
import {publication} from "../publication.js";
import {cachedCohort} from "../reconstruction/cached-cohort.js";
import {aggregateCohort, type RiskTableRow} from "./aggregate-cohort.js";
import {applyMinCell, type Pattern, type SuppressionTally} from "./min-cell.js";
import {readRiskTableCsv} from "./risk-table-csv.js";

/** The file a COHORT_AGGREGATES directory holds: what `scripts/aggregate-cohort.ts --out` or risk-table.sql writes. */
export const RISK_TABLE_FILE = "risk-table.csv";

export interface PublishedRiskTable {
  /** MIN_CELL, or null when unset. */
  minCell: number | null;
  /** Patterns of fewer than minCell patients, left out of `rows`. */
  suppressed: Pattern[];
  rows: RiskTableRow[];
  /** For the build log (min-cell-log.ts), not for publication. */
  tally: SuppressionTally;
}

/** The risk table in COHORT_AGGREGATES=dir; a missing directory or file fails naming which (input-directory.ts). */
export function readAggregatesDir(dir: string): RiskTableRow[] {
  const [path] = inputDirectory("COHORT_AGGREGATES", dir, [RISK_TABLE_FILE], "the output of risk-table.sql, or of scripts/aggregate-cohort.ts --out").paths;
  return readRiskTableCsv(decodeCohortFile(readFileSync(path), RISK_TABLE_FILE), RISK_TABLE_FILE);
}

async function reconstructionTable(): Promise<RiskTableRow[]> {
  const {patients, procedures} = cachedCohort();
  const dir = mkdtempSync(join(tmpdir(), "reconstruction-rows-"));
  try {
    const csv = toCsv(patients, procedures);
    writeFileSync(join(dir, "patients.csv"), csv.patients);
    writeFileSync(join(dir, "procedures.csv"), csv.procedures);
    return (await aggregateCohort({patients: join(dir, "patients.csv"), procedures: join(dir, "procedures.csv")})).riskTable;
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

async function cohortTable(env: Record<string, string | undefined>): Promise<RiskTableRow[]> {
  if (env.COHORT_AGGREGATES) return readAggregatesDir(env.COHORT_AGGREGATES);
  if (env.COHORT_DIR) {
    const {patients, procedures} = cohortFiles(env.COHORT_DIR);
    return (await aggregateCohort({patients, procedures})).riskTable;
  }
  return reconstructionTable();
}

export async function publishedRiskTable(env: Record<string, string | undefined> = process.env): Promise<PublishedRiskTable> {
  const {minCell} = publication(env);
  return {minCell, ...applyMinCell(await cohortTable(env), minCell)};
}

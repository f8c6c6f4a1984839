// data/risk-table.json: the cohort's risk table — per endpoint, pattern
// (arm × primary tumour × hormonal activity × extrahepatic disease) and
// distinct time, events, censorings and entries — with the patterns MIN_CELL
// suppressed, in every mode (data-loaders/aggregate/published-risk-table.ts):
// {minCell, suppressed, columns}, the counts as one array per column with the
// endpoint and pattern as indices into `columns.endpoints` and
// `columns.patterns` (src/lib/analysis/risk-table-columns.ts), which
// riskTablePatients reads straight and riskTableCounts turns back into one
// object per count. Data on stdout, logs on stderr (under MIN_CELL, how much
// it withheld: min-cell-log.ts); a bad cohort or risk table exits 1.
import {minCellLog} from "../../data-loaders/aggregate/min-cell-log.js";
import {publishedRiskTable} from "../../data-loaders/aggregate/published-risk-table.js";
import {reportLoaderFailure} from "../../data-loaders/loader-failure.js";
import {riskTableColumns} from "../lib/analysis/risk-table-columns.js";
import type {RiskTableCount} from "../lib/analysis/risk-table-patients.js";

try {
  const {minCell, suppressed, rows, tally} = await publishedRiskTable();
  process.stderr.write(`${minCellLog(rows.length, minCell, tally, suppressed.length)}\n`);
  process.stdout.write(JSON.stringify({minCell, suppressed, columns: riskTableColumns(rows as RiskTableCount[])}));
} catch (error) {
  reportLoaderFailure(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

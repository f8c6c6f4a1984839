// What the thin loaders of the pages that read the risk table
// (src/data/page-statistics/progression.json.ts, survival.json.ts) run: the
// risk table this build publishes as data/risk-table.json, through the same
// JSON round trip that brings it to the page, evaluated by the page's
// statistics. Data on stdout, logs on stderr; a bad cohort or risk table exits 1.
import {publishedRiskTable} from "../aggregate/published-risk-table.js";
import {reportLoaderFailure} from "../loader-failure.js";
import type {PageStatistics} from "../../src/lib/analysis/published-statistics.js";
import {riskTableColumns} from "../../src/lib/analysis/risk-table-columns.js";
import type {RiskTableCount, RiskTablePattern} from "../../src/lib/analysis/risk-table-patients.js";
import type {RiskTableColumns} from "../../src/lib/analysis/risk-table-columns.js";
import {pageStatisticsJson} from "./page-statistics.js";

/** data/risk-table.json as the page reads it. */
export interface PublishedRiskTableJson {
  minCell: number | null;
  suppressed: RiskTablePattern[];
  columns: RiskTableColumns;
}

export async function riskTablePageLoader(statistics: (table: PublishedRiskTableJson) => PageStatistics): Promise<void> {
  try {
    const {minCell, suppressed, rows} = await publishedRiskTable();
    const table: PublishedRiskTableJson = JSON.parse(JSON.stringify({minCell, suppressed, columns: riskTableColumns(rows as RiskTableCount[])}));
    process.stdout.write(pageStatisticsJson(statistics(table)));
  } catch (error) {
    reportLoaderFailure(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

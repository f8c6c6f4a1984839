// data/page-statistics/progression.json: what /progression shows under its default controls, from the risk table data/risk-table.json publishes (data-loaders/page-statistics/progression-page-statistics.ts).
import {publishedRiskTable} from "../../../data-loaders/aggregate/published-risk-table.js";
import {reportLoaderFailure} from "../../../data-loaders/loader-failure.js";
import {progressionPageStatistics} from "../../../data-loaders/page-statistics/progression-page-statistics.js";
import {pageStatisticsJson} from "../../../data-loaders/page-statistics/page-statistics.js";
import {riskTableColumns} from "../../lib/analysis/risk-table-columns.js";
import type {RiskTableCount} from "../../lib/analysis/risk-table-patients.js";

try {
  const {minCell, suppressed, rows} = await publishedRiskTable();
  // Through JSON, as data/risk-table.json reaches the page.
  const table = JSON.parse(JSON.stringify({minCell, suppressed, columns: riskTableColumns(rows as RiskTableCount[])}));
  process.stdout.write(pageStatisticsJson(progressionPageStatistics(table)));
} catch (error) {
  reportLoaderFailure(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

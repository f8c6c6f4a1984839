// data/page-statistics/progression.json: what /progression shows under its default controls, from the risk table data/risk-table.json publishes (data-loaders/page-statistics/progression-page-statistics.ts).
import {progressionPageStatistics} from "../../../data-loaders/page-statistics/progression-page-statistics.js";
import {riskTablePageLoader} from "../../../data-loaders/page-statistics/risk-table-page-loader.js";

await riskTablePageLoader(progressionPageStatistics);

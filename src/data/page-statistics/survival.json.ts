// data/page-statistics/survival.json: /survival's family of tests under the default test, from the risk table data/risk-table.json publishes (data-loaders/page-statistics/survival-page-statistics.ts).
import {riskTablePageLoader} from "../../../data-loaders/page-statistics/risk-table-page-loader.js";
import {survivalPageStatistics} from "../../../data-loaders/page-statistics/survival-page-statistics.js";

await riskTablePageLoader(survivalPageStatistics);

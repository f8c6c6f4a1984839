// data/page-statistics/survival.json: /survival's family of tests under the
// default test, for each analysis, evaluated on the weighted rows of the
// published risk table (data/risk-table.json) exactly as the page builds
// them; nothing the risk table does not already determine.
import type {PageStatistics} from "../../src/lib/analysis/published-statistics.js";
import {riskTablePatients} from "../../src/lib/analysis/risk-table-patients.js";
import {SURVIVAL_ORIGINS, SURVIVAL_PARTS, survivalStatistics} from "../../src/lib/analysis/survival-statistics.js";
import type {PublishedRiskTableJson} from "./risk-table-page-loader.js";
import {publishParts} from "./publish-parts.js";

/** The page's file from the risk table the site publishes (after its JSON round trip, as the page fetches it). */
export function survivalPageStatistics(table: PublishedRiskTableJson): PageStatistics {
  const patients = riskTablePatients(table.columns, [...SURVIVAL_ORIGINS]);
  return {page: "survival", available: true, minCell: table.minCell, parts: publishParts(patients, SURVIVAL_PARTS, () => survivalStatistics(patients), null)};
}

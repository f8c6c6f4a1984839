// data/page-statistics/survival.json: what /survival shows under its default
// controls (from the first embolization, by arm) for every filter state, with
// the family of tests under the default test for each analysis,
// evaluated on the weighted rows of the published risk table
// (data/risk-table.json) exactly as the page builds them. So the page reads
// these where it would otherwise turn the risk table into rows and refit it,
// in every build: the file holds nothing that data/risk-table.json does not
// already determine.
import type {PageStatistics} from "../../src/lib/analysis/published-statistics.js";
import type {PatientFilters} from "../../src/lib/analysis/filter-patients.js";
import {endpointRows} from "../../src/lib/analysis/endpoint-rows.js";
import {riskTablePatients} from "../../src/lib/analysis/risk-table-patients.js";
import {DEFAULT_ORIGIN, SURVIVAL_ORIGINS, SURVIVAL_PARTS, survivalPublishedFamilies, survivalStatistics} from "../../src/lib/analysis/survival-statistics.js";
import type {PublishedRiskTableJson} from "./risk-table-page-loader.js";
import {publishParts} from "./publish-parts.js";

/** The page's file from the risk table the site publishes (after its JSON round trip, as the page fetches it). */
export function survivalPageStatistics(table: PublishedRiskTableJson): PageStatistics {
  const patients = riskTablePatients(table.columns, [...SURVIVAL_ORIGINS]);
  const originRows = endpointRows(patients, DEFAULT_ORIGIN);
  const shared = {families: survivalPublishedFamilies(patients), suppression: {minCell: table.minCell, suppressed: table.suppressed}};
  // MIN_CELL has already left its patterns out of the risk table, and the page shows every filter of what remains.
  const parts = publishParts(patients, SURVIVAL_PARTS, (state) => survivalStatistics(originRows, {tumor: state.tumor, hormonal: state.hormonal, extrahepatic: state.extrahepatic} as PatientFilters, shared), null);
  return {page: "survival", available: true, minCell: table.minCell, parts};
}

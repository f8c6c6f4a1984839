// data/page-statistics/progression.json: what /progression shows under its
// default controls, for every tumour filter and endpoint, with the family of
// tests and the interaction tests, evaluated on the weighted rows of the
// published risk table (data/risk-table.json) exactly as the page builds
// them. So the page reads these where it would otherwise turn the risk table
// into rows and refit it, in every build: the file holds nothing that
// data/risk-table.json does not already determine.
import type {PageStatistics} from "../../src/lib/analysis/published-statistics.js";
import {PROGRESSION_ENDPOINTS, PROGRESSION_PARTS, progressionInteraction, progressionPublishedFamily, progressionStatistics} from "../../src/lib/analysis/progression-statistics.js";
import {riskTablePatients} from "../../src/lib/analysis/risk-table-patients.js";
import type {PatientFilters} from "../../src/lib/analysis/filter-patients.js";
import {publishParts} from "./publish-parts.js";
import type {PublishedRiskTableJson} from "./risk-table-page-loader.js";

/** The page's file from the risk table the site publishes (after its JSON round trip, as the page fetches it). */
export function progressionPageStatistics(table: PublishedRiskTableJson): PageStatistics {
  // The endpoints the page builds rows of: its own, and os_embolization, which counts the patients.
  const patients = riskTablePatients(table.columns, [...PROGRESSION_ENDPOINTS, "os_embolization"]);
  const shared = {family: progressionPublishedFamily(patients), interaction: progressionInteraction(patients), suppression: {minCell: table.minCell, suppressed: table.suppressed}};
  // MIN_CELL has already left its patterns out of the risk table, and the page shows every filter of what remains.
  const parts = publishParts(patients, PROGRESSION_PARTS, (state) => progressionStatistics(patients, state.tumor as PatientFilters["tumor"], shared), null);
  return {page: "progression", available: true, minCell: table.minCell, parts};
}

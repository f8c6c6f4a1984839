// The published risk table (data/risk-table.json) as rows the analyses read:
// per endpoint, riskTableRows turns the counts of each pattern back into
// weighted rows, and each becomes a PatientRow that holds only its pattern's
// columns and that endpoint's time, event and entry, with `endpoint` and
// `weight` saying which patients it stands for. compareSurvival,
// effectEstimates, rmstByTau, analysedPopulation, viewFamily, interactionTest
// and entryStartTime then give the rows' numbers from the counts, since
// endpointData reads a row only on its own endpoint and carries the weights.
import {riskTableRows} from "../survival/index.js";
import {ENDPOINTS, type EndpointId} from "./endpoints.js";
import type {GroupBy} from "./group-columns.js";
import type {PatientRow} from "./patient-row.js";

/** One row of data/risk-table.json (data-loaders/aggregate/risk-table.sql). */
export interface RiskTableCount {
  endpoint: EndpointId;
  arm: PatientRow["arm"];
  primary_tumor: PatientRow["primary_tumor"];
  hormonally_active: 0 | 1;
  extrahepatic_disease: 0 | 1;
  time_months: number;
  events: number;
  censored: number;
  entries: number;
}

export type RiskTablePattern = Pick<RiskTableCount, "arm" | "primary_tumor" | "hormonally_active" | "extrahepatic_disease">;

/** The groupings a risk table can show: the columns of its patterns. */
export const RISK_TABLE_GROUP_KEYS: readonly GroupBy[] = ["arm", "tumor", "primary_tumor", "hormonal", "extrahepatic"];

const keyOf = (p: RiskTablePattern) => `${p.arm}|${p.primary_tumor}|${p.hormonally_active}|${p.extrahepatic_disease}`;

/** The columns of one endpoint's time, event and entry, on a row of that endpoint. */
function endpointColumns(endpoint: EndpointId, time: number, event: 0 | 1, entry: number): Partial<PatientRow> {
  switch (endpoint) {
    case "ttp":
      return {ttp_months: time, ttp_event: event};
    case "tttf":
      return {tttf_months: time, tttf_event: event};
    case "os_embolization":
      return {os_months: time, os_event: event};
    // The endpoint adds the intervals before the first embolization to os_months; the entry is their sum.
    case "os_diagnosis":
      return {os_months: time - entry, os_event: event, months_liver_metastases_to_embolization: entry, months_diagnosis_to_liver_metastases: 0};
    case "os_liver_metastases":
      return {os_months: time - entry, os_event: event, months_liver_metastases_to_embolization: entry, months_diagnosis_to_liver_metastases: 0};
  }
}

/** Weighted rows of every endpoint, in the order of ENDPOINTS; a row's id names its endpoint and position. */
export function riskTablePatients(table: readonly RiskTableCount[]): PatientRow[] {
  const out: PatientRow[] = [];
  for (const endpoint of Object.keys(ENDPOINTS) as EndpointId[]) {
    const counts = table.filter((r) => r.endpoint === endpoint);
    if (counts.length === 0) continue;
    const patterns = new Map(counts.map((r) => [keyOf(r), r as RiskTablePattern]));
    const delayed = ENDPOINTS[endpoint].entry !== undefined;
    const rows = riskTableRows({
      time: counts.map((r) => r.time_months),
      events: counts.map((r) => r.events),
      censored: counts.map((r) => r.censored),
      ...(delayed ? {entries: counts.map((r) => r.entries)} : {}),
      pattern: counts.map(keyOf)
    });
    for (let i = 0; i < rows.time.length; ++i) {
      const {arm, primary_tumor, hormonally_active, extrahepatic_disease} = patterns.get(rows.pattern![i])!;
      const columns = endpointColumns(endpoint, rows.time[i], rows.event[i] as 0 | 1, rows.entry ? rows.entry[i] : 0);
      out.push({id: `${endpoint}:${i}`, arm, primary_tumor, hormonally_active, extrahepatic_disease, ...columns, endpoint, weight: rows.weights[i]} as PatientRow);
    }
  }
  return out;
}

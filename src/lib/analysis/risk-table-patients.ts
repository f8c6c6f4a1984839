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
import {riskTableColumns, type RiskTableColumns} from "./risk-table-columns.js";
import {riskTablePatternKey} from "./risk-table-pattern-key.js";

/** One count of the risk table (data-loaders/aggregate/risk-table.sql), as data/risk-table.json's columns hold it (risk-table-columns.ts). */
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

/** A row of one endpoint standing for `weight` patients of this pattern: only that endpoint's time, event and entry. */
export function riskTableRow(endpoint: EndpointId, id: string, p: RiskTablePattern, time: number, event: 0 | 1, entry: number, weight: number): PatientRow {
  const {arm, primary_tumor, hormonally_active, extrahepatic_disease} = p;
  switch (endpoint) {
    case "ttp":
      return {id, arm, primary_tumor, hormonally_active, extrahepatic_disease, ttp_months: time, ttp_event: event, endpoint, weight} as PatientRow;
    case "tttf":
      return {id, arm, primary_tumor, hormonally_active, extrahepatic_disease, tttf_months: time, tttf_event: event, endpoint, weight} as PatientRow;
    case "os_embolization":
      return {id, arm, primary_tumor, hormonally_active, extrahepatic_disease, os_months: time, os_event: event, endpoint, weight} as PatientRow;
    // These endpoints add the intervals before the first embolization to os_months; the entry is their sum.
    case "os_diagnosis":
    case "os_liver_metastases":
      return {id, arm, primary_tumor, hormonally_active, extrahepatic_disease, os_months: time - entry, os_event: event, months_liver_metastases_to_embolization: entry, months_diagnosis_to_liver_metastases: 0, endpoint, weight} as PatientRow;
  }
}

/**
 * Weighted rows of every endpoint (or of those given: a page that reads only
 * some need not build the others), in the order of ENDPOINTS; a row's id
 * names its endpoint and position. Reads the published columns
 * (riskTableColumns) straight, or counts one object each.
 */
export function riskTablePatients(table: readonly RiskTableCount[] | RiskTableColumns, endpoints: readonly EndpointId[] = Object.keys(ENDPOINTS) as EndpointId[]): PatientRow[] {
  const columns = Array.isArray(table) ? riskTableColumns(table as readonly RiskTableCount[]) : (table as RiskTableColumns);
  const labels = columns.patterns.map(riskTablePatternKey);
  const patternOf = new Map(labels.map((label, k) => [label, columns.patterns[k]]));
  const out: PatientRow[] = [];
  for (const endpoint of (Object.keys(ENDPOINTS) as EndpointId[]).filter((e) => endpoints.includes(e))) {
    const e = columns.endpoints.indexOf(endpoint);
    const counts: number[] = [];
    for (let i = 0; i < columns.endpoint.length; ++i) if (columns.endpoint[i] === e) counts.push(i);
    if (counts.length === 0) continue;
    const column = (values: readonly number[]) => {
      const picked = new Float64Array(counts.length);
      for (let k = 0; k < counts.length; ++k) picked[k] = values[counts[k]];
      return picked;
    };
    const delayed = ENDPOINTS[endpoint].entry !== undefined;
    const rows = riskTableRows({
      time: column(columns.time_months),
      events: column(columns.events),
      censored: column(columns.censored),
      ...(delayed ? {entries: column(columns.entries)} : {}),
      pattern: counts.map((i) => labels[columns.pattern[i]])
    });
    for (let i = 0; i < rows.time.length; ++i) {
      out.push(riskTableRow(endpoint, `${endpoint}:${i}`, patternOf.get(rows.pattern![i])!, rows.time[i], rows.event[i] as 0 | 1, rows.entry ? rows.entry[i] : 0, rows.weights[i]));
    }
  }
  return out;
}

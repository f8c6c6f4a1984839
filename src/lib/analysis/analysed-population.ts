// Who a survival comparison analyses. TTP and TTTF exist only for patients
// assessed for progression after treatment, so the curves leave the others
// out; a reader must see how many, from which group, and whether that
// differs between the groups (a Fisher test on the left-out counts), since
// losing more patients from one arm can bias the comparison.
import {fisherExactRxC} from "../stats/index.js";
import {GROUP_LABELS, GROUP_LEVELS, groupOf, type GroupBy} from "./compare-survival.js";
import {ENDPOINTS, type EndpointId} from "./endpoints.js";
import {patientCount, weightOf, type PatientRow} from "./patient-row.js";
import {MIN_GROUP_SIZE} from "./small-groups.js";

/** Why a patient has no value for an endpoint, in a reader's words. */
export const EXCLUSION_REASONS: Partial<Record<EndpointId, string>> = {
  ttp: "never assessed for progression after treatment (lost to follow-up)",
  tttf: "never assessed for progression after treatment (lost to follow-up)"
};

export interface AnalysedGroup {
  group: string;
  label: string;
  analysed: number;
  total: number;
}

export interface AnalysedPopulation {
  analysed: number;
  total: number;
  groups: AnalysedGroup[];
  /** Why patients were left out; null when nobody was. */
  reason: string | null;
  /** Fisher's exact P of left out versus analysed by group (Freeman–Halton for more than two groups); null when nobody was left out, a group has fewer than MIN_GROUP_SIZE patients, or the exact test has too many tables to enumerate. */
  exclusionP: number | null;
}

export function analysedPopulation(patients: readonly PatientRow[], endpoint: EndpointId, groupBy: GroupBy): AnalysedPopulation {
  const {time, event} = ENDPOINTS[endpoint];
  const has = (p: PatientRow) => (p.endpoint === undefined || p.endpoint === endpoint) && time(p) !== null && event(p) !== null;
  const groups = GROUP_LEVELS[groupBy].map((group) => {
    const rows = patients.filter((p) => groupOf(p, groupBy) === group);
    return {group, label: GROUP_LABELS[group], analysed: rows.filter(has).reduce((n, p) => n + weightOf(p), 0), total: patientCount(rows)};
  });
  const analysed = groups.reduce((n, g) => n + g.analysed, 0);
  const total = groups.reduce((n, g) => n + g.total, 0);
  const exclusionP = analysed < total && groups.every((g) => g.total >= MIN_GROUP_SIZE) ? exclusionTest(groups) : null;
  return {analysed, total, groups, reason: analysed < total ? (EXCLUSION_REASONS[endpoint] ?? "no value for this endpoint") : null, exclusionP};
}

/** Left out versus analysed across the groups: Fisher's exact test, a row per group. */
function exclusionTest(groups: readonly AnalysedGroup[]): number | null {
  try {
    return fisherExactRxC(groups.map((g) => [g.total - g.analysed, g.analysed])).p;
  } catch {
    return null;
  }
}

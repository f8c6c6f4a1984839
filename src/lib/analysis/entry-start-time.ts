// Left-truncated Kaplan–Meier curves are unstable where few patients are at
// risk early: with delayed entry, the first deaths on a time scale from
// diagnosis can come while only four or five patients have entered, and each
// takes a fifth of the curve. This finds where every group's risk set is
// large enough to condition on (R's survfit(..., start.time =)).
import {groupOf, GROUP_LEVELS, type GroupBy} from "./compare-survival.js";
import {ENDPOINTS, endpointData, type EndpointId} from "./endpoints.js";
import type {PatientRow} from "./patient-row.js";

/** The risk set every group must reach before the conditional curves start. */
export const MIN_AT_RISK = 10;

/**
 * The first entry time after which every group has at least `minAtRisk`
 * patients at risk (entered at or before it, followed beyond it); null when
 * some group never gets there or the endpoint has no entry times.
 */
export function entryStartTime(patients: readonly PatientRow[], {endpoint, groupBy, minAtRisk = MIN_AT_RISK}: {endpoint: EndpointId; groupBy: GroupBy; minAtRisk?: number}): number | null {
  const entryOf = ENDPOINTS[endpoint].entry;
  if (!entryOf) return null;
  const {rows, time, weights} = endpointData(patients, endpoint);
  const entry = rows.map(entryOf);
  const group = rows.map((p) => groupOf(p, groupBy));
  const levels = GROUP_LEVELS[groupBy].filter((g) => group.includes(g));
  if (levels.length === 0) return null;
  for (const t of [...new Set(entry)].sort((a, b) => a - b)) {
    const atRisk = (g: string) => entry.reduce((n, e, i) => (group[i] === g && e <= t && time[i] > t ? n + (weights ? weights[i] : 1) : n), 0);
    if (levels.every((g) => atRisk(g) >= minAtRisk)) return t;
  }
  return null;
}

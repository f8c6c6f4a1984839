// How long before the first embolization patients were, on average, on a
// time scale from diagnosis or from liver metastases: each patient row once,
// a risk table's rows of that endpoint by their weights.
import {ENDPOINTS, type EndpointId} from "./endpoints.js";
import {weightOf, type PatientRow} from "./patient-row.js";

/** The mean entry time in months, or undefined without rows or for an endpoint without entry times. */
export function meanEntryTime(rows: readonly PatientRow[], endpoint: EndpointId): number | undefined {
  const entryOf = ENDPOINTS[endpoint].entry;
  if (!entryOf) return undefined;
  let sum = 0;
  let n = 0;
  for (const p of rows) {
    if (p.endpoint !== undefined && p.endpoint !== endpoint) continue;
    const w = weightOf(p);
    sum += w * entryOf(p);
    n += w;
  }
  return n > 0 ? sum / n : undefined;
}

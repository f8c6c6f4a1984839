// The rows /explore analyses: the patients with the endpoint's time and
// event and a group, with each one's entry time for origins before the first
// embolization (delayed entry, R's Surv(entry, time, event); a patient whose
// follow-up ends at entry is left out, since nothing of it can be observed).
// Rows of a published risk table carry how many patients each stands for, and
// every estimator takes those weights, so counts give the rows' numbers.
import {ENDPOINTS, endpointData, type EndpointId} from "./endpoints.js";
import {groupPatients, type Grouping, type GroupingSpec} from "./explore-grouping.js";
import type {PatientRow} from "./patient-row.js";

export interface ExploreData<P extends PatientRow = PatientRow> {
  rows: P[];
  time: number[];
  event: (0 | 1)[];
  entry: number[] | null;
  group: string[];
  /** Patients each row stands for: null for patient rows, each one 1. */
  weights: number[] | null;
  /** Patients left out for an empty cell in the grouping column. */
  omitted: number;
  grouping: Grouping;
}

export function exploreData<P extends PatientRow>(patients: readonly P[], endpoint: EndpointId, spec: GroupingSpec): ExploreData<P> {
  const data = endpointData(patients, endpoint);
  const entryOf = ENDPOINTS[endpoint].entry;
  const entries = entryOf ? data.rows.map(entryOf) : null;
  const observed = data.rows.flatMap((_, i) => (entries && !(data.time[i] > entries[i]) ? [] : [i]));
  const grouping = groupPatients(observed.map((i) => data.rows[i]), spec);
  const keep = observed.filter((_, k) => grouping.groups[k] !== null);
  const groupOfRow = new Map(observed.map((i, k) => [i, grouping.groups[k]]));
  let omitted = 0;
  observed.forEach((i, k) => {
    if (grouping.groups[k] === null) omitted += data.weights ? data.weights[i] : 1;
  });
  return {
    rows: keep.map((i) => data.rows[i]),
    time: keep.map((i) => data.time[i]),
    event: keep.map((i) => data.event[i]),
    entry: entries ? keep.map((i) => entries[i]) : null,
    group: keep.map((i) => groupOfRow.get(i)!),
    weights: data.weights ? keep.map((i) => data.weights![i]) : null,
    omitted,
    grouping
  };
}

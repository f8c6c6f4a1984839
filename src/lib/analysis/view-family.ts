// The survival pages' views as one family of tests (test-family.ts): each
// view compares the curves of one endpoint between groups of the patients
// its filters keep.
import {groupTest, type GroupBy} from "./compare-survival.js";
import {entryStartTime} from "./entry-start-time.js";
import {ENDPOINTS, type EndpointId} from "./endpoints.js";
import {filterPatients, type PatientFilters} from "./filter-patients.js";
import type {PatientRow} from "./patient-row.js";
import {testFamily, testKey} from "./test-family.js";

export const FILTER_CHOICES: {[K in keyof PatientFilters]: PatientFilters[K][]} = {
  tumor: ["all", "carcinoid", "noncarcinoid"],
  hormonal: ["all", "active", "inactive"],
  extrahepatic: ["all", "present", "absent"]
};

export interface ViewState {
  filters: Partial<PatientFilters>;
  endpoint: EndpointId;
  groupBy: GroupBy;
  /** Restrict to one arm (the within-arm comparisons of tumour types). */
  arm?: PatientRow["arm"];
  /** Delayed entry at the first embolization, and curves conditional on entryStartTime (see compareSurvival). */
  delayedEntry?: boolean;
  conditional?: boolean;
}

export interface ViewFamily {
  /** Every view the controls can show. */
  views: number;
  /** Distinct tests among them (views showing the same comparison of the same patients count once). */
  tests: number;
  /** The adjusted P of a view's test, or null when the view shows none. */
  adjusted(state: ViewState): number | null;
}

/** Every combination of the given filters' choices (the others left at "all"). */
export function filterStates(keys: (keyof PatientFilters)[]): Partial<PatientFilters>[] {
  return keys.reduce<Partial<PatientFilters>[]>((states, key) => states.flatMap((s) => FILTER_CHOICES[key].map((v) => ({...s, [key]: v}))), [{}]);
}

// Delayed entry changes nothing for an origin at the first embolization, so such views are one comparison.
const comparisonKey = (rows: readonly PatientRow[], {endpoint, groupBy, delayedEntry, conditional}: ViewState) =>
  testKey(`${endpoint}|${groupBy}|${delayedEntry && ENDPOINTS[endpoint].entry ? (conditional ? "conditional" : "entry") : "naive"}`, rows);

export function viewFamily(patients: readonly PatientRow[], states: readonly ViewState[], {rho = 0, strata = null}: {rho?: number; strata?: GroupBy | null} = {}): ViewFamily {
  const subsetOf = (state: ViewState) => {
    const rows = filterPatients(patients, state.filters);
    return state.arm ? rows.filter((p) => p.arm === state.arm) : rows;
  };
  const family = testFamily(states, (state) => {
    const rows = subsetOf(state);
    const {endpoint, groupBy, delayedEntry} = state;
    return [{
      key: comparisonKey(rows, state),
      p: () => {
        const startTime = state.conditional && delayedEntry && ENDPOINTS[endpoint].entry ? entryStartTime(rows, {endpoint, groupBy}) : undefined;
        return startTime === null ? null : (groupTest(rows, {endpoint, groupBy, rho, strata, delayedEntry, startTime}).test?.p ?? null);
      }
    }];
  });
  return {...family, adjusted: (state) => family.adjusted(comparisonKey(subsetOf(state), state))};
}

// Multiplicity for pages whose controls let a reader scan subgroups. Every
// combination of a page's controls is a view; the views that show a test
// form one family, since a reader who looks through them all will find some
// nominal P < 0.05 by chance. Benjamini–Hochberg over the family's distinct
// tests gives each view an adjusted P to print beside its nominal one.
import {benjaminiHochberg} from "../stats/index.js";
import {groupTest, type GroupBy} from "./compare-survival.js";
import {entryStartTime} from "./entry-start-time.js";
import {ENDPOINTS, type EndpointId} from "./endpoints.js";
import {filterPatients, type PatientFilters} from "./filter-patients.js";
import type {PatientRow} from "./patient-row.js";

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
  `${endpoint}|${groupBy}|${delayedEntry && ENDPOINTS[endpoint].entry ? (conditional ? "conditional" : "entry") : "naive"}|${rows.map((p) => p.id).join("\u0000")}`;

export function viewFamily(patients: readonly PatientRow[], states: readonly ViewState[], {rho = 0}: {rho?: number} = {}): ViewFamily {
  const subsetOf = (state: ViewState) => {
    const rows = filterPatients(patients, state.filters);
    return state.arm ? rows.filter((p) => p.arm === state.arm) : rows;
  };
  const pByComparison = new Map<string, number | null>();
  for (const state of states) {
    const rows = subsetOf(state);
    const key = comparisonKey(rows, state);
    if (pByComparison.has(key)) continue;
    const {endpoint, groupBy, delayedEntry} = state;
    const startTime = state.conditional && delayedEntry && ENDPOINTS[endpoint].entry ? entryStartTime(rows, {endpoint, groupBy}) : undefined;
    const p = startTime === null ? null : (groupTest(rows, {endpoint, groupBy, rho, delayedEntry, startTime}).test?.p ?? null);
    pByComparison.set(key, p);
  }
  const keys = [...pByComparison.keys()];
  const adjusted = benjaminiHochberg(keys.map((k) => pByComparison.get(k)));
  const byKey = new Map(keys.map((k, i) => [k, adjusted[i]]));
  return {
    views: states.length,
    tests: keys.filter((k) => pByComparison.get(k) !== null).length,
    adjusted: (state) => byKey.get(comparisonKey(subsetOf(state), state)) ?? null
  };
}

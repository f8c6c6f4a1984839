// The survival pages' views as one family of tests (test-family.ts): each
// view compares the curves of one endpoint between groups of the patients
// its filters keep.
import {groupTest, type GroupBy} from "./compare-survival.js";
import {entryStartTime} from "./entry-start-time.js";
import {ENDPOINTS, type EndpointId} from "./endpoints.js";
import {filterPatients, type PatientFilters} from "./filter-patients.js";
import {tumorType, type PatientRow} from "./patient-row.js";
import {testFamily} from "./test-family.js";

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

// The rows a view compares depend on a row only through its profile: the
// columns the filters and the arm read. So a view's rows are the rows of the
// profiles it keeps, found once per profile rather than once per row, and two
// views compare the same rows exactly when they keep the same profiles among
// those present; that selection, not the rows' ids, names a test.
const profileOf = (p: PatientRow) => `${tumorType(p)}|${p.hormonally_active}|${p.extrahepatic_disease}|${p.arm}`;

// Delayed entry changes nothing for an origin at the first embolization, so such views are one comparison.
const comparisonName = ({endpoint, groupBy, delayedEntry, conditional}: ViewState) =>
  `${endpoint}|${groupBy}|${delayedEntry && ENDPOINTS[endpoint].entry ? (conditional ? "conditional" : "entry") : "naive"}`;

export function viewFamily(patients: readonly PatientRow[], states: readonly ViewState[], {rho = 0, strata = null}: {rho?: number; strata?: GroupBy | null} = {}): ViewFamily {
  const codes = new Map<string, number>();
  const representatives: PatientRow[] = [];
  const profile = new Uint32Array(patients.length);
  // Row indices of each endpoint's rows (a patient row belongs to every endpoint), in input order.
  const onEndpoint = new Map<EndpointId | undefined, number[]>();
  for (let i = 0; i < patients.length; ++i) {
    const p = patients[i];
    const key = profileOf(p);
    let code = codes.get(key);
    if (code === undefined) {
      codes.set(key, (code = representatives.length));
      representatives.push(p);
    }
    profile[i] = code;
    let rows = onEndpoint.get(p.endpoint);
    if (!rows) onEndpoint.set(p.endpoint, (rows = []));
    rows.push(i);
  }
  const selectionOf = (state: ViewState): string =>
    representatives.map((p) => (filterPatients([p], state.filters).length === 1 && (!state.arm || p.arm === state.arm) ? "1" : "0")).join("");
  const rowsCache = new Map<string, PatientRow[]>();
  // The view's rows that endpointData reads (those of its endpoint), in input order: what groupTest would keep of the filtered rows.
  const rowsOf = (selection: string, endpoint: EndpointId): PatientRow[] => {
    const cacheKey = `${endpoint}|${selection}`;
    let rows = rowsCache.get(cacheKey);
    if (!rows) {
      const [all, own] = [onEndpoint.get(undefined) ?? [], onEndpoint.get(endpoint) ?? []];
      const indices = all.length && own.length ? [...all, ...own].sort((a, b) => a - b) : all.length ? all : own;
      rows = [];
      for (const i of indices) if (selection.charCodeAt(profile[i]) === 49) rows.push(patients[i]);
      rowsCache.set(cacheKey, rows);
    }
    return rows;
  };
  const family = testFamily(states, (state) => {
    const selection = selectionOf(state);
    const {endpoint, groupBy, delayedEntry} = state;
    return [{
      key: `${comparisonName(state)}|${selection}`,
      p: () => {
        const rows = rowsOf(selection, endpoint);
        const startTime = state.conditional && delayedEntry && ENDPOINTS[endpoint].entry ? entryStartTime(rows, {endpoint, groupBy}) : undefined;
        return startTime === null ? null : (groupTest(rows, {endpoint, groupBy, rho, strata, delayedEntry, startTime}).test?.p ?? null);
      }
    }];
  });
  return {...family, adjusted: (state) => family.adjusted(`${comparisonName(state)}|${selectionOf(state)}`)};
}

// The survival pages' views as one family of tests (test-family.ts): each
// view compares the curves of one endpoint between groups of the patients
// its filters keep.
import {riskTableRows} from "../survival/index.js";
import {groupOf, groupTest, type GroupBy} from "./compare-survival.js";
import {entryStartTime} from "./entry-start-time.js";
import {ENDPOINTS, type EndpointId} from "./endpoints.js";
import {filterPatients, type PatientFilters} from "./filter-patients.js";
import {tumorType, type PatientRow} from "./patient-row.js";
import {riskTableRow} from "./risk-table-patients.js";
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

/** How a view treats the time before its origin's first embolization; delayed entry changes nothing for an origin at the first embolization, so such views are one comparison. */
export const entryAnalysis = ({endpoint, delayedEntry, conditional}: ViewState): "conditional" | "entry" | "naive" =>
  delayedEntry && ENDPOINTS[endpoint].entry ? (conditional ? "conditional" : "entry") : "naive";

const comparisonName = (state: ViewState) => `${state.endpoint}|${state.groupBy}|${entryAnalysis(state)}`;

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
  const endpointRows = (endpoint: EndpointId): number[] => {
    const [all, own] = [onEndpoint.get(undefined) ?? [], onEndpoint.get(endpoint) ?? []];
    return all.length && own.length ? [...all, ...own].sort((a, b) => a - b) : all.length ? all : own;
  };
  // A risk table's rows are counts, and a test reads them only through its
  // groups' risk sets: per group (and stratum) and time, the events,
  // censorings and entries. So a view's rows become those counts, summed
  // over its patterns (whole numbers, summed exactly), and riskTableRows
  // turns them back into rows: a few thousand per test instead of the tens of
  // thousands its patterns hold, with the same risk sets (risk-table-rows.ts).
  const weighted = patients.length > 0 && patients.every((p) => p.weight !== undefined);
  interface Cells {
    indices: number[];
    /** Per endpoint row: its (group, stratum, exit time) cell and its (group, stratum, entry time) cell, or -1. */
    exit: Int32Array;
    entry: Int32Array;
    event: Uint8Array;
    /** Per endpoint row: its weight and its profile. */
    weight: Float64Array;
    profile: Uint32Array;
    time: number[];
    group: number[];
    /** A row of each group and stratum, for its columns. */
    representative: PatientRow[];
  }
  const cellsCache = new Map<string, Cells>();
  const cellsOf = (endpoint: EndpointId, groupBy: GroupBy): Cells => {
    const cacheKey = `${endpoint}|${groupBy}`;
    let cells = cellsCache.get(cacheKey);
    if (cells) return cells;
    const {time, event, entry} = ENDPOINTS[endpoint];
    const indices = endpointRows(endpoint);
    const groups = new Map<string, number>();
    // Per group and stratum, its cells by time.
    const byTime: Map<number, number>[] = [];
    cells = {indices, exit: new Int32Array(indices.length), entry: new Int32Array(indices.length).fill(-1), event: new Uint8Array(indices.length), weight: new Float64Array(indices.length), profile: new Uint32Array(indices.length), time: [], group: [], representative: []};
    const c = cells;
    const cellOf = (g: number, t: number) => {
      let id = byTime[g].get(t);
      if (id === undefined) {
        byTime[g].set(t, (id = c.time.length));
        c.time.push(t);
        c.group.push(g);
      }
      return id;
    };
    for (let k = 0; k < indices.length; ++k) {
      const p = patients[indices[k]];
      c.weight[k] = p.weight!;
      c.profile[k] = profile[indices[k]];
      const [t, e] = [time(p), event(p)];
      if (t === null || e === null) {
        c.exit[k] = -1;
        continue;
      }
      const key = strata ? `${groupOf(p, groupBy)}|${groupOf(p, strata)}` : groupOf(p, groupBy);
      let g = groups.get(key);
      if (g === undefined) {
        groups.set(key, (g = c.representative.length));
        c.representative.push(p);
        byTime.push(new Map());
      }
      c.exit[k] = cellOf(g, t);
      c.event[k] = e;
      if (entry) c.entry[k] = cellOf(g, entry(p));
    }
    cellsCache.set(cacheKey, cells);
    return cells;
  };
  // The view's rows that endpointData reads (those of its endpoint): what groupTest would keep of the filtered rows, or their counts as rows.
  const rowsOf = (selection: string, endpoint: EndpointId, groupBy: GroupBy): PatientRow[] => {
    if (!weighted) return endpointRows(endpoint).filter((i) => selection.charCodeAt(profile[i]) === 49).map((i) => patients[i]);
    const c = cellsOf(endpoint, groupBy);
    const n = c.time.length;
    const [events, censored, entries] = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
    const kept = Uint8Array.from(representatives, (_, j) => (selection.charCodeAt(j) === 49 ? 1 : 0));
    for (let k = 0; k < c.indices.length; ++k) {
      const x = c.exit[k];
      if (x < 0 || kept[c.profile[k]] === 0) continue;
      const w = c.weight[k];
      if (c.event[k]) events[x] += w;
      else censored[x] += w;
      if (c.entry[k] >= 0) entries[c.entry[k]] += w;
    }
    const cells: number[] = [];
    for (let x = 0; x < n; ++x) if (events[x] > 0 || censored[x] > 0 || entries[x] > 0) cells.push(x);
    const delayed = ENDPOINTS[endpoint].entry !== undefined;
    const rows = riskTableRows({
      time: cells.map((x) => c.time[x]),
      events: cells.map((x) => events[x]),
      censored: cells.map((x) => censored[x]),
      ...(delayed ? {entries: cells.map((x) => entries[x])} : {}),
      pattern: cells.map((x) => c.group[x])
    });
    return Array.from(rows.time, (t, r) => riskTableRow(endpoint, `${endpoint}:${r}`, c.representative[rows.pattern![r]], t, rows.event[r] as 0 | 1, rows.entry ? rows.entry[r] : 0, rows.weights[r]));
  };
  const family = testFamily(states, (state) => {
    const selection = selectionOf(state);
    const {endpoint, groupBy, delayedEntry} = state;
    return [{
      key: `${comparisonName(state)}|${selection}`,
      p: () => {
        const rows = rowsOf(selection, endpoint, groupBy);
        const startTime = state.conditional && delayedEntry && ENDPOINTS[endpoint].entry ? entryStartTime(rows, {endpoint, groupBy}) : undefined;
        return startTime === null ? null : (groupTest(rows, {endpoint, groupBy, rho, strata, delayedEntry, startTime}).test?.p ?? null);
      }
    }];
  });
  return {...family, adjusted: (state) => family.adjusted(`${comparisonName(state)}|${selectionOf(state)}`)};
}

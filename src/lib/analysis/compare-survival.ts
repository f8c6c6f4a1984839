// One endpoint compared across groups of patients: a Kaplan–Meier curve per
// group, the G-rho test between them and the landmark rates. Pages and the
// browser tests both call this, so the numbers a reader sees are the numbers
// the tests expect.
import {coxScoreTest, isEstimatedAt, kaplanMeierByGroup, logRank, survivalAtTimes, type ConfType, type CoxScoreTestResult, type KaplanMeierFit, type LogRankResult} from "../survival/index.js";
import {ENDPOINTS, endpointData, type EndpointId} from "./endpoints.js";
import {GROUP_COLUMNS, GROUP_LABELS, GROUP_LEVELS, groupOf, type GroupBy} from "./group-columns.js";
import type {PatientRow} from "./patient-row.js";
import {smallGroupsNote} from "./small-groups.js";

export {GROUP_LABELS, GROUP_LEVELS, groupOf, type GroupBy} from "./group-columns.js";

/** The G-rho test by its usual name: rho = 0 is the log-rank test, rho = 1 Peto–Peto. */
export const TEST_NAMES: Record<number, string> = {0: "log-rank", 1: "Peto–Peto"};

/** "log-rank", "Peto–Peto", "G-rho, rho = 0.5", with ", stratified by tumour type" when stratified. */
export function testNameOf(rho: number, strata: GroupBy | null = null): string {
  return `${TEST_NAMES[rho] ?? `G-rho, rho = ${rho}`}${strata ? `, stratified by ${GROUP_COLUMNS[strata].label}` : ""}`;
}

export interface CompareOptions {
  endpoint: EndpointId;
  groupBy: GroupBy;
  confType?: ConfType;
  confLevel?: number;
  rho?: number;
  /** Stratify the G-rho test by this column (R survdiff(... + strata(s))); not with delayedEntry, whose Cox score test is unstratified. */
  strata?: GroupBy | null;
  /** Landmark times in months; default the endpoint's (the paper's). */
  landmarks?: number[];
  /**
   * Left truncation for origins before the first embolization (diagnosis,
   * liver metastases): each patient at risk only from their first
   * embolization, R's Surv(entry, time, event). Groups are then compared by
   * the Cox score test, since survdiff refuses counting-process data.
   */
  delayedEntry?: boolean;
  /**
   * With delayedEntry: curves conditional on surviving to this time, R's
   * survfit(..., start.time =): only patients still followed then.
   */
  startTime?: number;
}

export interface LandmarkRow {
  group: string;
  time: number;
  surv: number | null;
  lower: number | null;
  upper: number | null;
  nRisk: number;
  /** The fewest patients at risk at any event up to this time: what the estimate rests on. Null before the first event. */
  minRisk: number | null;
}

export interface SurvivalComparison {
  endpoint: EndpointId;
  groupBy: GroupBy;
  curves: {group: string; label: string; n: number; fit: KaplanMeierFit | null}[];
  /** Null when fewer than two groups have patients, a group is too small (small-groups.ts), or nothing can be compared. */
  test: LogRankResult<string> | CoxScoreTestResult<string> | null;
  /** The test's name, as P values are labelled ("log-rank", "Peto–Peto"). */
  testName: string;
  /** Why there is no test, in words a reader understands. */
  note: string | null;
  landmarks: LandmarkRow[];
}

export interface GroupTest {
  test: LogRankResult<string> | CoxScoreTestResult<string> | null;
  /** Why there is no test, in words a reader understands. */
  note: string | null;
}

/**
 * The G-rho test between the groups, or why there is none: fewer than two
 * groups with patients, a group under the small-group rule, no events. The
 * test alone, without fitting curves, for pages that weigh many views.
 */
export function groupTest(patients: readonly PatientRow[], {endpoint, groupBy, rho = 0, strata = null, delayedEntry = false, startTime}: Pick<CompareOptions, "endpoint" | "groupBy" | "rho" | "strata" | "delayedEntry" | "startTime">): GroupTest {
  const {time, event, group, entry, rows, weights} = comparisonData(patients, {endpoint, groupBy, delayedEntry, startTime});
  const sizes = GROUP_LEVELS[groupBy].map((g) => ({group: g, label: GROUP_LABELS[g], n: weightedCount(group, g, weights)})).filter((g) => g.n > 0);
  if (sizes.length < 2) {
    return {test: null, note: `${sizes.length === 0 ? "No group has" : `Only ${sizes[0].label} has`} patients under these filters: no comparison.`};
  }
  const tooSmall = smallGroupsNote(sizes);
  if (tooSmall) return {test: null, note: `${tooSmall} under these filters: no test, since its P value would turn on one or two patients.`};
  if (!event.includes(1)) return {test: null, note: "No events under these filters: the curves cannot be compared."};
  if (strata && strata === groupBy && !entry) return {test: null, note: `No test: stratified by ${GROUP_COLUMNS[strata].label}, each stratum holds one group and there is nothing to compare within it.`};
  try {
    const levels = sizes.map((g) => g.group);
    if (entry) return {test: coxScoreTest({time, event, group, entry, ...(weights ? {weights} : {})}, {levels}), note: null};
    return {test: logRank({time, event, group, ...(weights ? {weights} : {}), ...(strata ? {strata: rows.map((p) => groupOf(p, strata))} : {})}, {rho, levels}), note: null};
  } catch (error) {
    return {test: null, note: `No test: ${(error as Error).message}.`};
  }
}

/**
 * Times, events and groups of the patients an endpoint is defined for; with
 * delayedEntry also their entry times, leaving out anyone whose follow-up ends
 * at entry (nothing of it can be observed) and, with startTime, anyone no
 * longer followed then (R keeps exits at or after start.time).
 */
function comparisonData(patients: readonly PatientRow[], {endpoint, groupBy, delayedEntry, startTime}: Pick<CompareOptions, "endpoint" | "groupBy" | "delayedEntry" | "startTime">) {
  const {rows, time, event, weights} = endpointData(patients, endpoint);
  const group = rows.map((p) => groupOf(p, groupBy));
  const entryOf = ENDPOINTS[endpoint].entry;
  if (!delayedEntry || !entryOf) return {time, event, group, entry: undefined, rows, weights};
  const entry = rows.map(entryOf);
  const keep = time.map((t, i) => t > entry[i] && (startTime === undefined || t >= startTime));
  const pick = <T>(values: T[]) => values.filter((_, i) => keep[i]);
  return {time: pick(time), event: pick(event), group: pick(group), entry: pick(entry), rows: pick(rows), weights: weights && pick(weights)};
}

export function compareSurvival(patients: readonly PatientRow[], options: CompareOptions): SurvivalComparison {
  const endpoint = ENDPOINTS[options.endpoint];
  const {groupBy, confType = "log", confLevel = 0.95, rho = 0} = options;
  const landmarkTimes = options.landmarks ?? endpoint.landmarks;
  const data = comparisonData(patients, options);
  const levels = GROUP_LEVELS[groupBy].filter((g) => data.group.includes(g));
  const {weights, ...rest} = data;
  const fits = data.time.length ? kaplanMeierByGroup({...rest, ...(weights ? {weights} : {})}, {confType, confLevel, levels}) : [];
  const curves = GROUP_LEVELS[groupBy].map((group) => {
    const fit = fits.find((f) => f.group === group)?.fit ?? null;
    return {group, label: GROUP_LABELS[group], n: fit?.n ?? 0, fit};
  });
  const {test, note} = groupTest(patients, options);

  const landmarks = curves.flatMap(({group, fit}) => {
    if (!fit) return [];
    // Past the last follow-up show no rate rather than carry the last one forward.
    const at = survivalAtTimes(fit, landmarkTimes, {extend: true});
    return at.time.map((time, i) => {
      // A conditional curve says nothing about times before it starts.
      const observed = isEstimatedAt(fit, time) && !(data.entry && options.startTime !== undefined && time < options.startTime);
      return {group, time, surv: observed ? at.surv[i] : null, lower: observed ? at.lower[i] : null, upper: observed ? at.upper[i] : null, nRisk: at.nRisk[i], minRisk: fewestAtRisk(fit, time)};
    });
  });
  const testName = data.entry ? "Cox score test" : testNameOf(rho, options.strata ?? null);
  return {endpoint: options.endpoint, groupBy, curves, test, testName, note, landmarks};
}

/** Rows in group `g`, each counted by its weight when the rows carry weights. */
export function weightedCount(group: readonly string[], g: string, weights?: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < group.length; ++i) if (group[i] === g) n += weights ? weights[i] : 1;
  return n;
}

/** The fewest patients at risk at any event up to `until`, or null before the first event. */
export function fewestAtRisk(fit: KaplanMeierFit, until: number): number | null {
  let fewest: number | null = null;
  for (let i = 0; i < fit.time.length && fit.time[i] <= until; ++i) {
    if (fit.nEvent[i] > 0 && (fewest === null || fit.nRisk[i] < fewest)) fewest = fit.nRisk[i];
  }
  return fewest;
}

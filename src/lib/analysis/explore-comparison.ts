// /explore's comparison of groups on one endpoint: a Kaplan–Meier curve per
// group with its landmark rates, the G-rho test between all groups (the Cox
// score test with delayed entry, as survdiff takes no entry times), each pair
// of groups tested the same way with Benjamini–Hochberg adjustment
// (p.adjust(p, "BH")) when there are more than two, and the restricted mean
// time per group with the two-group difference (survRM2 rmst2). The
// small-group rule withholds every P and estimate when a group has fewer than
// 5 patients, and says why. Weighted rows (a risk table's) count as the
// patients they stand for throughout.
import {benjaminiHochberg} from "../stats/index.js";
import {coxScoreTest, isEstimatedAt, kaplanMeierByGroup, logRank, rmst, survivalAtTimes, type ConfType, type CoxScoreTestResult, type KaplanMeierFit, type LogRankResult, type RmstResult} from "../survival/index.js";
import {fewestAtRisk, TEST_NAMES, type LandmarkRow} from "./compare-survival.js";
import {ENDPOINTS, type EndpointId} from "./endpoints.js";
import {exploreColumn} from "./explore-columns.js";
import {exploreData} from "./explore-data.js";
import type {GroupingSpec} from "./explore-grouping.js";
import type {PatientRow} from "./patient-row.js";
import {smallGroupsNote} from "./small-groups.js";

export interface ExploreComparisonOptions {
  endpoint: EndpointId;
  grouping: GroupingSpec;
  confType?: ConfType;
  confLevel?: number;
  rho?: number;
  /** RMST truncation time; survRM2's default when null. */
  tau?: number | null;
}

export interface PairwiseTest {
  first: string;
  second: string;
  p: number | null;
  /** Benjamini–Hochberg over every pair. */
  adjusted: number | null;
  sizes: [number, number];
}

export interface ExploreComparison {
  curves: {group: string; label: string; n: number; fit: KaplanMeierFit | null}[];
  landmarks: LandmarkRow[];
  test: LogRankResult<string> | CoxScoreTestResult<string> | null;
  testName: string;
  /** Why there is no test (or no curves), in words a reader understands. */
  note: string | null;
  /** Every pair of groups, when there are more than two. */
  pairwise: PairwiseTest[];
  rmst: RmstResult<string> | null;
  rmstNote: string | null;
  delayedEntry: boolean;
  /** Patients left out for an empty cell in the grouping column. */
  omitted: number;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A group's label on charts and tables: the level as it reads, capitalized. */
export function groupLabel(column: string, level: string): string {
  return capitalize(exploreColumn(column).levelName(level));
}

export function exploreComparison(patients: readonly PatientRow[], options: ExploreComparisonOptions): ExploreComparison {
  const {endpoint, grouping: spec, confType = "log", confLevel = 0.95, rho = 0, tau = null} = options;
  const data = exploreData(patients, endpoint, spec);
  const {levels} = data.grouping;
  const delayedEntry = data.entry !== null;
  const entry = data.entry ?? undefined;
  const weights = data.weights ? {weights: data.weights} : {};
  const fits = data.time.length ? kaplanMeierByGroup({time: data.time, event: data.event, group: data.group, entry, ...weights}, {confType, confLevel, levels}) : [];
  const curves = levels.map((group) => {
    const fit = fits.find((f) => f.group === group)?.fit ?? null;
    return {group, label: groupLabel(spec.column, group), n: fit?.n ?? 0, fit};
  });
  const landmarks = curves.flatMap(({group, fit}) => {
    if (!fit) return [];
    const at = survivalAtTimes(fit, ENDPOINTS[endpoint].landmarks, {extend: true});
    return at.time.map((time, i) => {
      const observed = isEstimatedAt(fit, time);
      return {group, time, surv: observed ? at.surv[i] : null, lower: observed ? at.lower[i] : null, upper: observed ? at.upper[i] : null, nRisk: at.nRisk[i], minRisk: fewestAtRisk(fit, time)};
    });
  });
  const testName = delayedEntry ? "Cox score test" : (TEST_NAMES[rho] ?? `G-rho, rho = ${rho}`);
  const base = {curves, landmarks, testName, delayedEntry, omitted: data.omitted};
  const sizes = curves.map((c) => ({label: c.label, n: c.n}));
  const why = (note: string) => ({...base, test: null, note, pairwise: [], rmst: null, rmstNote: note});
  if (data.grouping.note) return why(data.grouping.note);
  if (curves.length < 2) return why(`${curves.length === 0 ? "No group has" : `Only ${curves[0].label} has`} patients under these filters: no comparison.`);
  const small = smallGroupsNote(sizes);
  if (small) return why(`${small} under these filters: no test and no restricted means, since they would turn on one or two patients.`);
  if (!data.event.includes(1)) return why("No events under these filters: the curves cannot be compared.");

  const testOf = (keep: (g: string) => boolean, groupLevels: string[]) => {
    const rows = data.group.flatMap((g, i) => (keep(g) ? [i] : []));
    const pick = <T>(values: readonly T[]) => rows.map((i) => values[i]);
    const d = {time: pick(data.time), event: pick(data.event), group: pick(data.group), ...(data.weights ? {weights: pick(data.weights)} : {})};
    return data.entry ? coxScoreTest({...d, entry: pick(data.entry)}, {levels: groupLevels}) : logRank(d, {rho, levels: groupLevels});
  };
  let test: ExploreComparison["test"];
  try {
    test = testOf(() => true, levels);
  } catch (error) {
    return why(`No test: ${(error as Error).message}.`);
  }
  const pairs = levels.length > 2 ? levels.flatMap((a, i) => levels.slice(i + 1).map((b) => [a, b] as const)) : [];
  const raw = pairs.map(([a, b]) => {
    try {
      return testOf((g) => g === a || g === b, [a, b]).p;
    } catch {
      return null;
    }
  });
  const adjusted = benjaminiHochberg(raw);
  const pairwise = pairs.map(([a, b], k) => ({
    first: a, second: b, p: raw[k], adjusted: adjusted[k],
    sizes: [curves.find((c) => c.group === a)!.n, curves.find((c) => c.group === b)!.n] as [number, number]
  }));
  let restricted: RmstResult<string> | null = null;
  let rmstNote: string | null = null;
  if (delayedEntry) rmstNote = "No restricted means with delayed entry: they would need the left-truncated curves' own variance.";
  else {
    try {
      restricted = rmst({time: data.time, event: data.event, group: data.group, ...weights}, {levels, confLevel, tau: tau ?? undefined});
    } catch (error) {
      rmstNote = `No restricted means: ${(error as Error).message}.`;
    }
  }
  return {...base, test, note: null, pairwise, rmst: restricted, rmstNote};
}

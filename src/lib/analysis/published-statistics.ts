// A page's statistics read from data/page-statistics/<page>.json, the build's
// evaluation of the page's analysis for every state of its controls, so the
// page shows the same numbers without patient rows. A page's result is split
// into parts, each keyed by only the controls it depends on, so the file grows
// with the sum of the parts' states rather than their product.
import {kaplanMeierFromCounts, type KaplanMeierFit} from "../survival/index.js";
import {STATE_CHOICES, STATE_NAMES, stateKey, type PageState, type StateDim} from "./page-state.js";

/** Which controls each part of a page's result depends on. */
export type PageParts<R> = {[P in keyof R]: readonly StateDim[]};

/**
 * The pages with a statistics file, data/page-statistics/<page>.json;
 * "overview" is the home page. "progression" and "survival" publish from the
 * risk table, in every build, what their default views need
 * (progression-statistics.ts, survival-statistics.ts).
 */
export type StatisticsPage = "overview" | "cohort" | "safety" | "response" | "methods" | "trial-design" | "progression" | "survival";

/** One page's file. */
export interface PageStatistics {
  page: StatisticsPage;
  /** False when the build had no patient rows (COHORT_AGGREGATES): nothing is published. */
  available: boolean;
  /** MIN_CELL: a state whose patients number fewer publishes null in place of its part. */
  minCell: number | null;
  /** Per part, per state key: the part's value, or null when MIN_CELL suppressed it. */
  parts: Record<string, Record<string, unknown>>;
}

export type Published<R> = {statistics: R; note: null} | {statistics: null; note: string};

export const NO_ROWS_NOTE = "These tables need patient rows at build time. This site was built from aggregates computed elsewhere, so they are not published.";

const FIT_KEYS = new Set(["n", "time", "nRisk", "nEvent", "nCensor", "nEnter", "surv", "stdErr", "lower", "upper", "median", "confType", "confLevel"]);

// A Kaplan–Meier fit and nothing else: its derived columns are a function of its counts.
const isFit = (value: object): value is KaplanMeierFit => ArrayBuffer.isView((value as KaplanMeierFit).surv) && "stdErr" in value && Object.keys(value).every((k) => FIT_KEYS.has(k));

/**
 * The JSON.stringify replacer the build writes the table with: typed arrays as
 * plain arrays, Infinity, -Infinity and NaN (an odds ratio with an empty
 * cell) as {"$number": "Infinity"}, which JSON would otherwise turn into null,
 * and a Kaplan–Meier fit as {"$km": its counts and options}, a fifth of its
 * size (at 10^5 patients a page's curves run to thousands of times each),
 * which readPublished rebuilds to the last bit (kaplanMeierFromCounts).
 */
export function publishedReplacer(_key: string, value: unknown): unknown {
  if (ArrayBuffer.isView(value)) return Array.from(value as Float64Array);
  if (value !== null && typeof value === "object" && isFit(value)) {
    const {time, nEvent, nCensor, nEnter, confType, confLevel} = value;
    return {$km: {time, nEvent, nCensor, ...(nEnter ? {nEnter} : {}), confType, confLevel}};
  }
  if (typeof value === "number" && !Number.isFinite(value)) return {$number: String(value)};
  return value;
}

// Back to what the analysis returned: non-finite numbers, and Kaplan–Meier fits.
function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value === null || typeof value !== "object") return value;
  if ("$number" in value) return Number((value as {$number: string}).$number);
  if ("$km" in value) {
    const {time, nEvent, nCensor, nEnter, confType, confLevel} = (value as {$km: Record<string, number[]> & Pick<KaplanMeierFit, "confType" | "confLevel">}).$km;
    return kaplanMeierFromCounts({time, nEvent, nCensor, ...(nEnter ? {nEnter} : {})}, {confType, confLevel});
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
}

/** The page's result in this state, or a sentence saying why it is not published. */
export function readPublished<R>(table: PageStatistics, parts: PageParts<R>, state: PageState): Published<R> {
  if (!table.available) return {statistics: null, note: NO_ROWS_NOTE};
  const dims = [...new Set(Object.values(parts).flat() as StateDim[])];
  const typed = dims.filter((d) => state[d] !== undefined && !(STATE_CHOICES[d] as readonly unknown[]).includes(state[d]));
  if (typed.length > 0) {
    return {
      statistics: null,
      note: `Without patient rows this page shows statistics computed when the site was built, for each value a control offers in a list. ${typed.map((d) => `The ${STATE_NAMES[d]} = ${String(state[d])} was typed, so it could not be enumerated; the values published are ${STATE_CHOICES[d].map((v) => String(v ?? "none")).join(", ")}.`).join(" ")}`
    };
  }
  const result: Record<string, unknown> = {};
  for (const [part, partDims] of Object.entries(parts) as [string, StateDim[]][]) {
    const value = table.parts[part]?.[stateKey(state, partDims)];
    if (value === undefined) throw new Error(`data/page-statistics/${table.page}.json: part ${part} has no entry for ${stateKey(state, partDims)}; expected every state of ${partDims.join(", ") || "no control"}`);
    if (value === null) return {statistics: null, note: `Fewer than ${table.minCell} patients under these filters: no statistics are published for them (MIN_CELL = ${table.minCell}).`};
    result[part] = revive(value);
  }
  return {statistics: result as R, note: null};
}

/**
 * One part of the page's result in this state, revived alone: a reader after
 * a page's family of tests, the same in every state, need not rebuild the
 * curves of a view beside it.
 */
export function readPublishedPart<R, K extends keyof R & string>(table: PageStatistics, parts: PageParts<R>, state: PageState, part: K): R[K] {
  const {statistics, note} = readPublished(table, {[part]: parts[part]} as PageParts<Pick<R, K>>, state);
  if (statistics === null) throw new Error(`data/page-statistics/${table.page}.json: ${note}`);
  return statistics[part];
}

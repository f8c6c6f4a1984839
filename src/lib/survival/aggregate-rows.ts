// Rows as a weighted table: one row per distinct (time, event, entry, group,
// stratum, covariates), weighted by how many rows share it, found in one sort. Every
// estimator that takes `weights` gives the rows' own results from it, so
// counts can stand in for patients: a site can publish the table rather
// than the rows, and a database can compute it where the rows live.
import {checkedEntries, checkedEvents, checkedTimes, checkLengths, groupCodes, type EventLike} from "./validate-input.js";
import {levelOrder} from "./level-order.js";

export interface SurvivalRows<G = unknown, S = unknown> {
  time: ArrayLike<number>;
  event: ArrayLike<EventLike>;
  entry?: ArrayLike<number>;
  group?: ArrayLike<G>;
  strata?: ArrayLike<S>;
  /** Covariates whose patterns stay apart (categorical ones keep the table small). */
  covariates?: Record<string, ArrayLike<number>>;
}

export interface AggregatedSurvival<G = unknown, S = unknown> {
  time: Float64Array;
  event: Uint8Array;
  entry?: Float64Array;
  group?: G[];
  strata?: S[];
  covariates?: Record<string, Float64Array>;
  /** How many rows each distinct row stands for. */
  weights: Float64Array;
}

export function aggregateRows<G = unknown, S = unknown>({time, event, entry, group, strata, covariates}: SurvivalRows<G, S>): AggregatedSurvival<G, S> {
  const n = time.length;
  checkLengths(n, {event, entry, group, strata, ...covariates});
  const columns = Object.entries(covariates ?? {}).map(([name, column]) => [name, Float64Array.from(column)] as const);
  const times = checkedTimes(time);
  const events = checkedEvents(event);
  const entries = entry === undefined ? null : checkedEntries(entry, times);
  const groups = group === undefined ? null : groupCodes(group, "group", levelOrder(group));
  const stratums = strata === undefined ? null : groupCodes(strata, "strata", levelOrder(strata));
  const order = Uint32Array.from({length: n}, (_, i) => i);
  const compare = (a: number, b: number) =>
    times[a] - times[b] ||
    events[a] - events[b] ||
    (entries ? entries[a] - entries[b] : 0) ||
    (groups ? groups.codes[a] - groups.codes[b] : 0) ||
    (stratums ? stratums.codes[a] - stratums.codes[b] : 0) ||
    columns.reduce((c, [, column]) => c || column[a] - column[b], 0);
  order.sort(compare);
  const firsts: number[] = [];
  const counts: number[] = [];
  for (let k = 0; k < n; ++k) {
    if (k > 0 && compare(order[k - 1], order[k]) === 0) ++counts[counts.length - 1];
    else {
      firsts.push(order[k]);
      counts.push(1);
    }
  }
  return {
    time: Float64Array.from(firsts, (i) => times[i]),
    event: Uint8Array.from(firsts, (i) => events[i]),
    ...(entries && {entry: Float64Array.from(firsts, (i) => entries[i])}),
    ...(groups && {group: firsts.map((i) => groups.levels[groups.codes[i]])}),
    ...(stratums && {strata: firsts.map((i) => stratums.levels[stratums.codes[i]])}),
    ...(covariates && {covariates: Object.fromEntries(columns.map(([name, column]) => [name, Float64Array.from(firsts, (i) => column[i])]))}),
    weights: Float64Array.from(counts)
  };
}

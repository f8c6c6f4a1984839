// Observed, expected and covariance of the G-rho family of k-sample tests,
// summed over strata: a port of survival's survdiff2.c (R survdiff). Each
// stratum is tabulated once; the pass over its distinct times runs backwards
// so the risk sets grow, as in the C code.
import {checkedEvents, checkedTimes, checkedWeights, checkLengths, groupCodes, type EventLike} from "./validate-input.js";
import {levelOrder} from "./level-order.js";
import {partitionRows} from "./partition-rows.js";
import {tabulateTimes, timeIndex} from "./tabulate-times.js";

export interface LogRankData<G, S = unknown> {
  time: ArrayLike<number>;
  event: ArrayLike<EventLike>;
  group: ArrayLike<G>;
  /** Optional stratum labels: the test statistic is summed over strata (R `+ strata(s)`). */
  strata?: ArrayLike<S>;
  /** Case weights: a row of weight w counts as w rows, so counts of distinct rows give the rows' test. */
  weights?: ArrayLike<number>;
}

export interface LogRankOptions<G> {
  /** Weight S(t-)^rho from the pooled left-continuous Kaplan-Meier; 0 log-rank (default), 1 Peto-Peto. */
  rho?: number;
  /** Group order; default: sorted distinct labels, as R's factor(). */
  levels?: readonly G[];
}

export interface LogRankStatistics<G> {
  groups: G[];
  n: number[];
  observed: number[];
  expected: number[];
  /** k × k covariance of observed - expected (R survdiff's var). */
  variance: number[][];
}

export function logRankStatistics<G, S>(
  {time, event, group, strata, weights}: LogRankData<G, S>,
  {rho = 0, levels: givenLevels}: LogRankOptions<G>
): LogRankStatistics<G> {
  if (typeof rho !== "number" || !Number.isFinite(rho)) {
    throw new RangeError(`rho is ${String(rho)}, expected a finite number`);
  }
  const n = time.length;
  checkLengths(n, {event, group, strata, weights});
  const w = weights === undefined ? undefined : checkedWeights(weights);
  const times = checkedTimes(time);
  const events = checkedEvents(event);
  const {codes, levels} = groupCodes(group, "group", givenLevels ?? levelOrder(group));
  const k = levels.length;
  const size = new Array<number>(k).fill(0);
  for (let i = 0; i < n; ++i) size[codes[i]] += w ? w[i] : 1;
  if (size.filter((count) => count > 0).length < 2) throw new RangeError("group has fewer than two levels");

  const observed = new Float64Array(k);
  const expected = new Float64Array(k);
  const variance = new Float64Array(k * k);
  if (strata === undefined) {
    accumulateStratum(tabulateTimes(times, events, codes, k, undefined, true, w), rho, observed, expected, variance);
  } else {
    // survdiff merges near-equal times over all rows before splitting by stratum.
    const {times: merged, index} = timeIndex(times);
    const fixed = new Float64Array(n);
    for (let i = 0; i < n; ++i) fixed[i] = merged[index[i]];
    const {codes: stratumCodes, levels: strataLevels} = groupCodes(strata, "strata", levelOrder(strata));
    for (const rows of partitionRows(stratumCodes, strataLevels.length)) {
      accumulateStratum(tabulateTimes(fixed, events, codes, k, rows, false, w), rho, observed, expected, variance);
    }
  }
  const matrix: number[][] = [];
  for (let a = 0; a < k; ++a) {
    const row: number[] = [];
    for (let b = 0; b < k; ++b) row.push(variance[a * k + b]);
    matrix.push(row);
  }
  return {groups: levels, n: size, observed: [...observed], expected: [...expected], variance: matrix};
}

function accumulateStratum(
  table: ReturnType<typeof tabulateTimes>,
  rho: number,
  observed: Float64Array,
  expected: Float64Array,
  variance: Float64Array
): void {
  const {times, groups: k, events, censored} = table;
  const m = times.length;

  // Left-continuous pooled Kaplan-Meier, weight at each distinct time (all 1 for the log-rank test).
  const weight = rho === 0 ? null : new Float64Array(m);
  if (weight) {
    let total = 0;
    for (let c = 0; c < m * k; ++c) total += events[c] + censored[c];
    let km = 1;
    let atRisk = total;
    for (let j = 0; j < m; ++j) {
      weight[j] = Math.pow(km, rho);
      let deaths = 0;
      let leaving = 0;
      for (let g = 0; g < k; ++g) {
        deaths += events[j * k + g];
        leaving += events[j * k + g] + censored[j * k + g];
      }
      km = (km * (atRisk - deaths)) / atRisk;
      atRisk -= leaving;
    }
  }

  const risk = new Float64Array(k);
  let atRisk = 0;
  for (let j = m - 1; j >= 0; --j) {
    const wt = weight ? weight[j] : 1;
    let deaths = 0;
    for (let g = 0; g < k; ++g) {
      const d = events[j * k + g];
      const c = d + censored[j * k + g];
      deaths += d;
      risk[g] += c;
      atRisk += c;
      observed[g] += d * wt;
    }
    if (deaths === 0) continue;
    for (let g = 0; g < k; ++g) expected[g] += (wt * deaths * risk[g]) / atRisk;
    if (atRisk === 1) continue;
    const wt2 = wt * wt;
    for (let a = 0; a < k; ++a) {
      const tmp = (wt2 * deaths * risk[a] * (atRisk - deaths)) / (atRisk * (atRisk - 1));
      variance[a * k + a] += tmp;
      for (let b = 0; b < k; ++b) variance[a * k + b] -= (tmp * risk[b]) / atRisk;
    }
  }
}

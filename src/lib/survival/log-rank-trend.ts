// G-rho test for trend across ordered groups: U = sum_j w_j (O_j - E_j),
// Var(U) = w' V w, chisq = U^2 / Var on 1 df, from survdiff's observed,
// expected and variance summed over strata.
import {chiSquareUpperTail} from "../stats/distributions.js";
import {logRankStatistics, type LogRankData, type LogRankOptions} from "./log-rank-statistics.js";

export interface LogRankTrendOptions<G> extends LogRankOptions<G> {
  /** One score per group in level order; default 1, 2, ..., k. */
  scores?: readonly number[];
}

export interface LogRankTrendResult<G> {
  groups: G[];
  scores: number[];
  /** U, the score-weighted sum of observed minus expected. */
  statistic: number;
  variance: number;
  /** null when the variance is 0 (nothing to test), where R gives NaN. */
  chisq: number | null;
  df: 1;
  p: number | null;
}

export function logRankTrend<G, S = unknown>(
  data: LogRankData<G, S>,
  options: LogRankTrendOptions<G> = {}
): LogRankTrendResult<G> {
  const {groups, observed, expected, variance} = logRankStatistics(data, options);
  const k = groups.length;
  const scores = options.scores ? [...options.scores] : groups.map((_, g) => g + 1);
  if (scores.length !== k) {
    throw new RangeError(`scores has length ${scores.length}, expected ${k} (the number of groups)`);
  }
  scores.forEach((w, g) => {
    if (typeof w !== "number" || !Number.isFinite(w)) throw new RangeError(`scores[${g}] is ${String(w)}, expected a finite number`);
  });
  let statistic = 0;
  let v = 0;
  for (let a = 0; a < k; ++a) {
    statistic += scores[a] * (observed[a] - expected[a]);
    for (let b = 0; b < k; ++b) v += scores[a] * variance[a][b] * scores[b];
  }
  const chisq = v > 0 ? (statistic * statistic) / v : null;
  return {groups, scores, statistic, variance: v, chisq, df: 1, p: chisq === null ? null : chiSquareUpperTail(chisq, 1)};
}

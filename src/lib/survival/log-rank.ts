// k-sample G-rho test (log-rank for rho = 0, Peto-Peto for rho = 1), optionally
// stratified; R survdiff(Surv(time, event) ~ group [+ strata(s)], rho = rho).
import {chiSquareUpperTail} from "../stats/distributions.js";
import {logRankStatistics, type LogRankData, type LogRankOptions, type LogRankStatistics} from "./log-rank-statistics.js";
import {solveLinear} from "./solve-linear.js";

export interface LogRankResult<G> extends LogRankStatistics<G> {
  chisq: number;
  /** Number of groups with expected > 0, minus one (R's df; -1 when nothing happened). */
  df: number;
  /** Upper-tail chi-square p value; null where R gives NaN (df < 0). */
  p: number | null;
}

export function logRank<G, S = unknown>(data: LogRankData<G, S>, options: LogRankOptions<G> = {}): LogRankResult<G> {
  const stats = logRankStatistics(data, options);
  const {observed, expected, variance} = stats;
  // As survdiff: drop groups with nothing expected, then the first remaining
  // group, and solve with the rest of the covariance matrix.
  const kept: number[] = [];
  for (let g = 0; g < expected.length; ++g) if (expected[g] > 0) kept.push(g);
  const df = kept.length - 1;
  let chisq = 0;
  if (kept.length >= 2) {
    const rest = kept.slice(1);
    const u = rest.map((g) => observed[g] - expected[g]);
    const v = rest.map((a) => rest.map((b) => variance[a][b]));
    let x: number[];
    try {
      x = solveLinear(v, u);
    } catch {
      // R's survdiff stops here too (dgesv: system is exactly singular).
      throw new RangeError("the log-rank variance matrix is singular: the data cannot compare these groups");
    }
    chisq = x.reduce((sum, xi, i) => sum + xi * u[i], 0);
  }
  const p = df >= 0 ? chiSquareUpperTail(chisq, df) : null;
  // Spelled out: an object spread costs more than the test itself on small samples.
  return {groups: stats.groups, n: stats.n, observed, expected, variance, chisq, df, p};
}

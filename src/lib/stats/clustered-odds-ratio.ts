// The odds ratio of a yes/no outcome between two groups of observations that
// come in clusters (procedures within patients), with a cluster-robust Wald
// interval and P: R `glm(y ~ x, binomial)` with `sandwich::vcovCL(fit, cluster)`
// at its defaults, exp(b ± z·se) and 2·pnorm(−|b/se|) (`lmtest::coeftest`).
import {checkConfLevel, checkedIndicator} from "./check-input.js";
import {clusterIndex} from "./cluster-index.js";
import {normalQuantile, normalTwoSidedP} from "./distributions.js";

export interface ClusteredOddsRatioResult {
  /** Sample odds ratio a·d / (b·c), the logistic MLE; 0 or Infinity with a zero cell, null for 0/0. */
  estimate: number | null;
  /** null with a zero cell (the MLE is infinite) or a single cluster (no sandwich). */
  lower: number | null;
  upper: number | null;
  logOddsRatio: number | null;
  /** Robust standard error of the log odds ratio. */
  se: number | null;
  /** Wald P of log OR = 0 with the robust standard error. */
  p: number | null;
  confLevel: number;
  n: number;
  clusters: number;
}

/**
 * `outcome` and `exposure` hold 0/1 per observation (exposure 1 = the group
 * whose odds are the numerator), `cluster` any number labelling its cluster.
 * With one binary covariate the logistic fit is saturated: the fitted risks
 * are the groups' proportions p₁ and p₀, and the sandwich for the log odds
 * ratio reduces to G/(G − 1) · Σ_g (u₁g / (n₁p₁(1 − p₁)) − u₀g / (n₀p₀(1 − p₀)))²,
 * where u₁g and u₀g are cluster g's summed residuals y − p among exposed and
 * unexposed observations (vcovCL's default for a glm: HC0 times G/(G − 1)).
 */
export function clusteredOddsRatio(
  outcome: ArrayLike<number>,
  exposure: ArrayLike<number>,
  cluster: ArrayLike<number>,
  {confLevel = 0.95}: {confLevel?: number} = {}
): ClusteredOddsRatioResult {
  checkConfLevel(confLevel);
  const y = checkedIndicator(outcome, "outcome", 1);
  const n = y.length;
  const x = checkedIndicator(exposure, "exposure", 0);
  if (x.length !== n) throw new RangeError(`exposure has ${x.length} values, expected ${n} (one per observation)`);
  const {index, clusters} = clusterIndex(cluster, n);
  // cells[2·x + y]: [unexposed no, unexposed yes, exposed no, exposed yes]
  const cells = new Float64Array(4);
  for (let i = 0; i < n; ++i) cells[2 * x[i] + y[i]] += 1;
  const [d, c, b, a] = cells;
  const ad = a * d;
  const bc = b * c;
  const estimate = ad === 0 && bc === 0 ? null : ad / bc;
  const logOddsRatio = estimate !== null && estimate > 0 && Number.isFinite(estimate) ? Math.log(estimate) : null;
  const none = {estimate, lower: null, upper: null, logOddsRatio, se: null, p: null, confLevel, n, clusters};
  if (a === 0 || b === 0 || c === 0 || d === 0 || clusters < 2) return none;
  const n1 = a + b;
  const n0 = c + d;
  const p1 = a / n1;
  const p0 = c / n0;
  const information1 = n1 * p1 * (1 - p1);
  const information0 = n0 * p0 * (1 - p0);
  const influence = new Float64Array(clusters);
  for (let i = 0; i < n; ++i) influence[index[i]] += x[i] ? (y[i] - p1) / information1 : -(y[i] - p0) / information0;
  let meat = 0;
  for (let g = 0; g < clusters; ++g) meat += influence[g] * influence[g];
  const se = Math.sqrt((clusters / (clusters - 1)) * meat);
  const logOr = logOddsRatio as number;
  const z = normalQuantile((1 + confLevel) / 2);
  return {estimate, lower: Math.exp(logOr - z * se), upper: Math.exp(logOr + z * se), logOddsRatio, se, p: normalTwoSidedP(logOr / se), confLevel, n, clusters};
}

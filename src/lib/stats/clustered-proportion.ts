// A proportion of observations that come in clusters (procedures within
// patients) with a cluster-robust interval, R `glm(y ~ 1, binomial)` with
// `sandwich::vcovCL(fit, cluster)` at its defaults and a Wald interval on the
// logit scale, equal to `survey::svyciprop(~y, svydesign(ids = ~cluster), method = "logit", df = Inf)`.
import {checkConfLevel, checkedIndicator} from "./check-input.js";
import {clusterIndex} from "./cluster-index.js";
import {normalQuantile} from "./distributions.js";

export interface ClusteredProportionResult {
  /** Events over observations, Σ y / n. */
  estimate: number;
  /** null when every or no observation has the outcome (logit ±∞) or there is one cluster. */
  lower: number | null;
  upper: number | null;
  /** Robust standard error of logit(estimate); null as the limits. */
  se: number | null;
  n: number;
  clusters: number;
}

/**
 * `outcome` holds 0/1 per observation, `cluster` any number labelling its
 * cluster. With G clusters, y_g events among m_g observations in cluster g and
 * p = Σ y / n, the robust variance of logit(p) is
 * G/(G − 1) · Σ_g (y_g − p·m_g)² / (n·p(1 − p))², the sandwich of the
 * intercept-only logistic model with vcovCL's default adjustment (HC0 times
 * G/(G − 1); for p itself it is the ratio-estimator variance Σ_g (y_g − p·m_g)² / n²
 * times the same factor). The interval is plogis(logit(p) ± z·se), so it stays in (0, 1).
 */
export function clusteredProportion(outcome: ArrayLike<number>, cluster: ArrayLike<number>, {confLevel = 0.95}: {confLevel?: number} = {}): ClusteredProportionResult {
  checkConfLevel(confLevel);
  const y = checkedIndicator(outcome, "outcome", 1);
  const n = y.length;
  const {index, clusters} = clusterIndex(cluster, n);
  const events = new Float64Array(clusters);
  const sizes = new Float64Array(clusters);
  let total = 0;
  for (let i = 0; i < n; ++i) {
    events[index[i]] += y[i];
    sizes[index[i]] += 1;
    total += y[i];
  }
  const estimate = total / n;
  if (total === 0 || total === n || clusters < 2) return {estimate, lower: null, upper: null, se: null, n, clusters};
  let meat = 0;
  for (let g = 0; g < clusters; ++g) {
    const residual = events[g] - estimate * sizes[g];
    meat += residual * residual;
  }
  const information = n * estimate * (1 - estimate);
  const se = Math.sqrt((clusters / (clusters - 1)) * meat) / information;
  const logit = Math.log(estimate / (1 - estimate));
  const z = normalQuantile((1 + confLevel) / 2);
  const expit = (x: number) => 1 / (1 + Math.exp(-x));
  return {estimate, lower: expit(logit - z * se), upper: expit(logit + z * se), se, n, clusters};
}

// Conditional maximum-likelihood odds ratio of a 2×2 table with its exact
// confidence interval, R `fisher.test(m)$estimate` and `$conf.int`. Each root
// is found with a port of R's uniroot on the same function and bracket, so
// the results carry R's own ~1e-4 root tolerance identically.
import type {Alternative} from "./check-input.js";
import {noncentralHypergeometric} from "./noncentral-hypergeometric.js";
import {uniroot} from "./uniroot.js";

const EPSILON = 2.220446049250313e-16;

export interface ConditionalOddsRatio {
  estimate: number;
  lower: number;
  upper: number;
}

/** Expects validated cells a, b, c, d of [[a, b], [c, d]]. */
export function conditionalOddsRatio(a: number, b: number, c: number, d: number, confLevel: number, alternative: Alternative): ConditionalOddsRatio {
  const dist = noncentralHypergeometric(a, b, c, d);
  const {lo, hi} = dist;
  const x = a;

  function estimate(): number {
    if (x === lo) return 0;
    if (x === hi) return Infinity;
    const mu = dist.mean(1);
    if (mu > x) return uniroot((t) => dist.mean(t) - x, 0, 1);
    if (mu < x) return 1 / uniroot((t) => dist.mean(1 / t) - x, EPSILON, 1);
    return 1;
  }

  function upperLimit(alpha: number): number {
    if (x === hi) return Infinity;
    const p = dist.tail(x, 1, false);
    if (p < alpha) return uniroot((t) => dist.tail(x, t, false) - alpha, 0, 1);
    if (p > alpha) return 1 / uniroot((t) => dist.tail(x, 1 / t, false) - alpha, EPSILON, 1);
    return 1;
  }

  function lowerLimit(alpha: number): number {
    if (x === lo) return 0;
    const p = dist.tail(x, 1, true);
    if (p > alpha) return uniroot((t) => dist.tail(x, t, true) - alpha, 0, 1);
    if (p < alpha) return 1 / uniroot((t) => dist.tail(x, 1 / t, true) - alpha, EPSILON, 1);
    return 1;
  }

  if (alternative === "less") return {estimate: estimate(), lower: 0, upper: upperLimit(1 - confLevel)};
  if (alternative === "greater") return {estimate: estimate(), lower: lowerLimit(1 - confLevel), upper: Infinity};
  const alpha = (1 - confLevel) / 2;
  return {estimate: estimate(), lower: lowerLimit(alpha), upper: upperLimit(alpha)};
}

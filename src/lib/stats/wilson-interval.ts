// Wilson score interval for a binomial proportion without continuity
// correction, R `prop.test(x, n, correct = FALSE)$conf.int`.
import {checkBinomial, checkConfLevel} from "./check-input.js";
import {normalQuantile} from "./distributions.js";

export interface BinomialInterval {
  estimate: number;
  lower: number;
  upper: number;
}

export function wilsonInterval(x: number, n: number, {confLevel = 0.95}: {confLevel?: number} = {}): BinomialInterval {
  checkBinomial(x, n);
  checkConfLevel(confLevel);
  const estimate = x / n;
  const z = normalQuantile((1 + confLevel) / 2);
  const z22n = z * z / (2 * n);
  const spread = z * Math.sqrt(estimate * (1 - estimate) / n + z22n / (2 * n));
  // R sets the limit to exactly 0 or 1 at x = 0 or x = n.
  const upper = estimate >= 1 ? 1 : (estimate + z22n + spread) / (1 + 2 * z22n);
  const lower = estimate <= 0 ? 0 : (estimate + z22n - spread) / (1 + 2 * z22n);
  return {estimate, lower, upper};
}

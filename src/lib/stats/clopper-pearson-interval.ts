// Clopper–Pearson exact interval for a binomial proportion,
// R `binom.test(x, n)$conf.int`.
import {checkBinomial, checkConfLevel} from "./check-input.js";
import {betaQuantile} from "./distributions.js";
import type {BinomialInterval} from "./wilson-interval.js";

export function clopperPearsonInterval(x: number, n: number, {confLevel = 0.95}: {confLevel?: number} = {}): BinomialInterval {
  checkBinomial(x, n);
  checkConfLevel(confLevel);
  const alpha = (1 - confLevel) / 2;
  const lower = x === 0 ? 0 : betaQuantile(alpha, x, n - x + 1);
  const upper = x === n ? 1 : betaQuantile(1 - alpha, x + 1, n - x);
  return {estimate: x / n, lower, upper};
}

// Distribution functions for p values and confidence limits. All come from
// @stdlib (one bundled module, see stdlib.ts); upper tails go through the
// regularized incomplete gamma / erfc directly so tiny p values keep full
// precision (as R's lower.tail = FALSE).
import {
  betaQuantile as betaQuantileStd,
  erfc,
  factorialln,
  gammainc,
  hypergeometricLogPmf as hypergeometricLogPmfStd,
  normalQuantile as normalQuantileStd,
  tCdf,
  tQuantile as tQuantileStd
} from "./stdlib-bundle.js";

/** P(X > x) for X ~ chi-square(df); R `pchisq(x, df, lower.tail = FALSE)`. */
export function chiSquareUpperTail(x: number, df: number): number {
  if (Number.isNaN(x)) return NaN;
  if (!(x > 0)) return 1;
  return gammainc(x / 2, df / 2, true, true);
}

/** P(Z > z) for standard normal Z; R `pnorm(z, lower.tail = FALSE)`. */
export function normalUpperTail(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}

/** Two-sided normal p value, 2 P(Z > |z|). */
export function normalTwoSidedP(z: number): number {
  return 2 * normalUpperTail(Math.abs(z));
}

/** Standard normal quantile; R `qnorm(p)`. */
export function normalQuantile(p: number): number {
  return normalQuantileStd(p, 0, 1);
}

/** Two-sided Student t p value, 2 P(T > |t|); R `2 * pt(-abs(t), df)`. */
export function tTwoSidedP(t: number, df: number): number {
  return 2 * tCdf(-Math.abs(t), df);
}

/** Student t quantile; R `qt(p, df)`. */
export function tQuantile(p: number, df: number): number {
  return tQuantileStd(p, df);
}

/** Beta quantile; R `qbeta(p, a, b)`. */
export function betaQuantile(p: number, a: number, b: number): number {
  return betaQuantileStd(p, a, b);
}

/** Log hypergeometric probability of x white balls when k are drawn from m white and n black; R `dhyper(x, m, n, k, log = TRUE)`. */
export function hypergeometricLogPmf(x: number, m: number, n: number, k: number): number {
  return hypergeometricLogPmfStd(x, m + n, m, k);
}

/** log(k!); R `lfactorial(k)`. */
export function logFactorial(k: number): number {
  return factorialln(k);
}

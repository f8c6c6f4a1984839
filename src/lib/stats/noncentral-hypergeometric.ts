// Fisher's noncentral hypergeometric distribution of the top-left cell of a
// 2×2 table given its margins, with the odds ratio as noncentrality. Mirrors
// the closures dnhyper / mnhyper / pnhyper inside R's fisher.test so the
// estimates and limits built on them follow R step by step.
import {hypergeometricLogPmf} from "./distributions.js";

export interface NoncentralHypergeometric {
  /** Smallest and largest possible value of the top-left cell. */
  lo: number;
  hi: number;
  /** Probabilities of lo..hi; R `dnhyper(ncp)`. */
  density(ncp: number): Float64Array;
  /** Expected value; R `mnhyper(ncp)`. */
  mean(ncp: number): number;
  /** P(X <= q), or P(X >= q) with `upperTail`; R `pnhyper(q, ncp, upper.tail)`. */
  tail(q: number, ncp: number, upperTail: boolean): number;
}

export function noncentralHypergeometric(a: number, b: number, c: number, d: number): NoncentralHypergeometric {
  const m = a + c;
  const n = b + d;
  const k = a + b;
  const lo = Math.max(0, k - n);
  const hi = Math.min(k, m);
  const size = hi - lo + 1;
  const logCentral = new Float64Array(size);
  for (let i = 0; i < size; ++i) logCentral[i] = hypergeometricLogPmf(lo + i, m, n, k);

  function density(ncp: number): Float64Array {
    const logNcp = Math.log(ncp);
    const out = new Float64Array(size);
    let max = -Infinity;
    for (let i = 0; i < size; ++i) {
      const v = logCentral[i] + logNcp * (lo + i);
      out[i] = v;
      if (v > max) max = v;
    }
    let sum = 0;
    for (let i = 0; i < size; ++i) sum += out[i] = Math.exp(out[i] - max);
    for (let i = 0; i < size; ++i) out[i] /= sum;
    return out;
  }

  function mean(ncp: number): number {
    if (ncp === 0) return lo;
    if (ncp === Infinity) return hi;
    const p = density(ncp);
    let sum = 0;
    for (let i = 0; i < size; ++i) sum += (lo + i) * p[i];
    return sum;
  }

  function tail(q: number, ncp: number, upperTail: boolean): number {
    if (ncp === 0) return Number(upperTail ? q <= lo : q >= lo);
    if (ncp === Infinity) return Number(upperTail ? q <= hi : q >= hi);
    const p = density(ncp);
    let sum = 0;
    for (let i = 0; i < size; ++i) {
      const x = lo + i;
      if (upperTail ? x >= q : x <= q) sum += p[i];
    }
    return sum;
  }

  return {lo, hi, density, mean, tail};
}

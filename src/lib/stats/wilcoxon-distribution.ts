// Exact null distribution of the Wilcoxon rank-sum statistic W (the
// Mann–Whitney U of the first sample), R `pwilcox(q, m, n)`.

/**
 * Number of arrangements giving each W = 0..m·n, as R's cwilcox. W is a sum
 * of m non-decreasing terms in [0, n] (the j-th smallest x-rank minus j), so
 * counting subsets term by term needs only additions of positive numbers:
 * every count keeps full relative precision, even far in the tails.
 */
export function wilcoxonCounts(m: number, n: number): Float64Array {
  // conjugate arrangements give the same counts; fewer rows is cheaper
  if (m > n) return wilcoxonCounts(n, m);
  const size = m * n + 1;
  // row j holds the counts for the j smallest x-ranks chosen so far
  const counts = new Float64Array((m + 1) * size);
  counts[0] = 1;
  for (let rank = 1; rank <= m + n; ++rank) {
    for (let j = Math.min(rank, m); j >= Math.max(1, rank - n); --j) {
      const shift = rank - j;
      const from = (j - 1) * size;
      const to = j * size;
      // with j − 1 terms of at most n each, row j − 1 is zero beyond (j − 1)·n
      for (let w = Math.min((j - 1) * n, size - 1 - shift); w >= 0; --w) counts[to + w + shift] += counts[from + w];
    }
  }
  return counts.slice(m * size);
}

/** P(W <= q), or P(W > q) with `upperTail`, summing the shorter side as R does. */
export function wilcoxonTail(q: number, m: number, n: number, upperTail: boolean): number {
  q = Math.floor(q + 1e-7);
  if (q < 0) return upperTail ? 1 : 0;
  if (q >= m * n) return upperTail ? 0 : 1;
  const counts = wilcoxonCounts(m, n);
  let total = 0;
  for (let w = 0; w <= m * n; ++w) total += counts[w];
  let p = 0;
  let lower = !upperTail;
  if (q <= m * n / 2) {
    for (let w = 0; w <= q; ++w) p += counts[w] / total;
  } else {
    const complement = m * n - q;
    for (let w = 0; w < complement; ++w) p += counts[w] / total;
    lower = !lower;
  }
  return lower ? p : 0.5 - p + 0.5;
}

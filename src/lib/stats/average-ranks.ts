// Ranks with ties given their average rank, R `rank(x)` (ties.method = "average").

export interface AverageRanks {
  ranks: Float64Array;
  /** Σ (t³ − t) over groups of t tied values, the tie term of rank-test variances. */
  tieSum: number;
}

export function averageRanks(values: Float64Array): AverageRanks {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; ++i) order[i] = i;
  order.sort((i, j) => values[i] - values[j]);
  const ranks = new Float64Array(n);
  let tieSum = 0;
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && values[order[end]] === values[order[start]]) ++end;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; ++k) ranks[order[k]] = rank;
    const t = end - start;
    tieSum += t * t * t - t;
    start = end;
  }
  return {ranks, tieSum};
}

// Sort order and tied-time blocks for the Cox risk-set passes, without a
// comparator sort: times are ranked through one native Float64Array sort,
// then rows are placed by two stable counting sorts (time rank, then stratum),
// which reproduces R's stable order(strata, time).

/** Rows in ascending (stratum, time) order, grouped into blocks of equal time within a stratum. */
export interface RiskSets {
  /** order[s] is the input row at sorted position s. */
  order: Int32Array;
  /** Block b covers sorted positions blockStart[b] .. blockStart[b + 1] - 1; length blocks + 1. */
  blockStart: Int32Array;
  /** 1 when block b is the last (latest) block of its stratum. */
  lastInStratum: Uint8Array;
  blocks: number;
}

// survival::aeqSurv's default tolerance: coxph (timefix = TRUE) treats times
// this close as tied, so 0.1 + 0.2 and 0.3 fall in one risk set.
const TIME_TOLERANCE = Math.sqrt(2 ** -52);

/** Rank of each row's time among the distinct times, after merging near-equal times as aeqSurv does. */
function timeRanks(time: Float64Array): {rank: Int32Array; ranks: number} {
  const n = time.length;
  const sorted = Float64Array.from(time).sort();
  let unique = 0;
  for (let i = 0; i < n; ++i) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i];
  }
  let absSum = 0;
  for (let k = 0; k < unique; ++k) absSum += Math.abs(sorted[k]);
  const meanAbs = absSum / unique;
  const group = new Int32Array(unique);
  let g = 0;
  for (let k = 1; k < unique; ++k) {
    const dy = sorted[k] - sorted[k - 1];
    if (!(dy <= TIME_TOLERANCE || dy / meanAbs <= TIME_TOLERANCE)) ++g;
    group[k] = g;
  }
  const rank = new Int32Array(n);
  for (let i = 0; i < n; ++i) {
    const t = time[i];
    let lo = 0;
    let hi = unique - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < t) lo = mid + 1;
      else hi = mid;
    }
    rank[i] = group[lo];
  }
  return {rank, ranks: g + 1};
}

/** Stable counting sort of `rows` by key[row] in 0..keys-1. */
function countingSort(rows: Int32Array, key: Int32Array, keys: number): Int32Array {
  const start = new Int32Array(keys + 1);
  for (let s = 0; s < rows.length; ++s) ++start[key[rows[s]] + 1];
  for (let k = 0; k < keys; ++k) start[k + 1] += start[k];
  const out = new Int32Array(rows.length);
  for (let s = 0; s < rows.length; ++s) out[start[key[rows[s]]]++] = rows[s];
  return out;
}

export function riskSets(time: Float64Array, stratum: Int32Array, strata: number): RiskSets {
  const n = time.length;
  const {rank, ranks} = timeRanks(time);
  const identity = new Int32Array(n);
  for (let i = 0; i < n; ++i) identity[i] = i;
  const order = countingSort(countingSort(identity, rank, ranks), stratum, strata);
  const starts = new Int32Array(n + 1);
  let blocks = 0;
  for (let s = 0; s < n; ++s) {
    if (s === 0 || rank[order[s]] !== rank[order[s - 1]] || stratum[order[s]] !== stratum[order[s - 1]]) {
      starts[blocks++] = s;
    }
  }
  starts[blocks] = n;
  const blockStart = starts.slice(0, blocks + 1);
  const lastInStratum = new Uint8Array(blocks);
  for (let b = 0; b < blocks; ++b) {
    lastInStratum[b] = b === blocks - 1 || stratum[order[blockStart[b + 1]]] !== stratum[order[blockStart[b]]] ? 1 : 0;
  }
  return {order, blockStart, lastInStratum, blocks};
}

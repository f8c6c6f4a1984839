// Sort order and tied-time blocks for the Cox risk-set passes, without a
// comparator sort: times are ranked by timeIndex (distinct times, merged as
// coxph's timefix does), then rows are placed by two stable counting sorts
// (time rank, then stratum), which reproduces R's stable order(strata, time).
import {countingSort} from "./counting-sort.js";
import {timeIndex} from "./tabulate-times.js";

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

export function riskSets(time: Float64Array, stratum: Int32Array, strata: number): RiskSets {
  const n = time.length;
  const {times, index: rank} = timeIndex(time);
  const identity = new Int32Array(n);
  for (let i = 0; i < n; ++i) identity[i] = i;
  const order = countingSort(countingSort(identity, rank, times.length).order, stratum, strata).order;
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

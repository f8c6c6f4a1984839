// Sort order and tied-time blocks for the Cox risk-set passes, without a
// comparator sort: times are ranked by timeIndex (distinct times, merged as
// coxph's timefix does), then rows are placed by two stable counting sorts
// (time rank, then stratum), which reproduces R's stable order(strata, time).
// With entry times ((start, stop] data) each row also gets the block at which
// a backward pass must take it out of the risk set again.
import {countingSort} from "./counting-sort.js";
import {countingTimeIndex, timeIndex} from "./tabulate-times.js";

/** Rows in ascending (stratum, time) order, grouped into blocks of equal time within a stratum. */
export interface RiskSets {
  /** order[s] is the input row at sorted position s. */
  order: Int32Array;
  /** Block b covers sorted positions blockStart[b] .. blockStart[b + 1] - 1; length blocks + 1. */
  blockStart: Int32Array;
  /** 1 when block b is the last (latest) block of its stratum. */
  lastInStratum: Uint8Array;
  blocks: number;
  /**
   * Only with entry times: a backward pass reaching block b first removes the
   * rows at sorted positions leaveRows[leaveStart[b]] .. leaveRows[leaveStart[b + 1] - 1],
   * whose entry is at or after b's time (at risk on (entry, time] only) but
   * before the next block's; length blocks + 1.
   */
  leaveStart?: Int32Array;
  leaveRows?: Int32Array;
}

export function riskSets(time: Float64Array, stratum: Int32Array, strata: number, entry?: Float64Array): RiskSets {
  const n = time.length;
  let times: Float64Array;
  let rank: Int32Array;
  let entryRank: Int32Array | null = null;
  if (entry) {
    const counting = countingTimeIndex(entry, time);
    times = counting.times;
    rank = counting.exitIndex;
    entryRank = counting.entryIndex;
  } else {
    ({times, index: rank} = timeIndex(time));
  }
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
  const sets: RiskSets = {order, blockStart, lastInStratum, blocks};
  if (entryRank) Object.assign(sets, leavingRows(order, blockStart, blocks, rank, entryRank, times.length, stratum, strata));
  return sets;
}

/** Each row's leaving block: the latest block of its stratum whose time is at or before its entry (none if its entry precedes them all). */
function leavingRows(
  order: Int32Array,
  blockStart: Int32Array,
  blocks: number,
  rank: Int32Array,
  entryRank: Int32Array,
  ranks: number,
  stratum: Int32Array,
  strata: number
): {leaveStart: Int32Array; leaveRows: Int32Array} {
  const n = order.length;
  const position = new Int32Array(n);
  for (let s = 0; s < n; ++s) position[order[s]] = s;
  const identity = new Int32Array(n);
  for (let i = 0; i < n; ++i) identity[i] = i;
  // Rows and blocks both ascend by (stratum, time), so one merge finds every leaving block.
  const byEntry = countingSort(countingSort(identity, entryRank, ranks).order, stratum, strata).order;
  const leaveBlock = new Int32Array(n).fill(-1);
  const leaveStart = new Int32Array(blocks + 1);
  const blockStratum = (b: number) => stratum[order[blockStart[b]]];
  const blockRank = (b: number) => rank[order[blockStart[b]]];
  let b = 0;
  for (let q = 0; q < n; ++q) {
    const i = byEntry[q];
    const h = stratum[i];
    while (b < blocks && (blockStratum(b) < h || (blockStratum(b) === h && blockRank(b) <= entryRank[i]))) ++b;
    if (b > 0 && blockStratum(b - 1) === h && blockRank(b - 1) <= entryRank[i]) {
      leaveBlock[i] = b - 1;
      ++leaveStart[b];
    }
  }
  for (let c = 0; c < blocks; ++c) leaveStart[c + 1] += leaveStart[c];
  const next = leaveStart.slice(0, blocks);
  const leaveRows = new Int32Array(leaveStart[blocks]);
  for (let i = 0; i < n; ++i) if (leaveBlock[i] >= 0) leaveRows[next[leaveBlock[i]]++] = position[i];
  return {leaveStart, leaveRows};
}

// The one sort behind every estimator: distinct observed times in increasing
// order, and per (time, group) counts of events and censorings. Distinct
// times are found with an open-addressing hash on the bits of each time, so
// only the distinct values are sorted (heavily tied data: a few hundred values
// for a million rows). Everything downstream is a linear pass over distinct
// times × groups.
//
// Near-equal times are merged as R's survfit and survdiff do (timefix = TRUE,
// survival::aeqSurv), so 0.1 + 0.2 and 0.3 are one time.

export interface TimeTable {
  /** Distinct observed times, increasing. */
  times: Float64Array;
  /** Number of groups; counts are stored row-major, index `j * groups + g`. */
  groups: number;
  events: Float64Array;
  censored: Float64Array;
}

const scratch = new Float64Array(1);
const scratchBits = new Uint32Array(scratch.buffer);

function hashTime(t: number): number {
  scratch[0] = t;
  let h = Math.imul(scratchBits[1], 0x9e3779b1) ^ Math.imul(scratchBits[0], 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

/** Times closer than this (absolutely, or relative to the mean absolute time) are one time, as R's aeqSurv. */
const timeTolerance = Math.sqrt(2.220446049250313e-16);

export interface TimeIndex {
  /** Distinct times, increasing, after merging near-equal ones. */
  times: Float64Array;
  /** For each tabulated row, the position of its time in `times`. */
  index: Int32Array;
}

/** Largest scratch buffer kept between calls; bigger samples allocate their own. */
const RETAINED_MAX = 1 << 16;

/** Scratch buffers of timeIndex, reused across calls up to RETAINED_MAX entries. */
const reusable = {
  slotBuffer: new Int32Array(1024),
  valueBuffer: new Float64Array(512),
  /** A cleared hash table of at least `capacity` slots. */
  slots(capacity: number): Int32Array {
    if (this.slotBuffer.length >= capacity) return this.slotBuffer.fill(0, 0, capacity);
    const slots = new Int32Array(capacity);
    if (capacity <= RETAINED_MAX) this.slotBuffer = slots;
    return slots;
  },
  values(length: number): Float64Array {
    if (this.valueBuffer.length >= length) return this.valueBuffer;
    const values = new Float64Array(length);
    if (length <= RETAINED_MAX) this.valueBuffer = values;
    return values;
  },
  /** Room for `length` values, keeping the first `kept` of `values`. */
  grownValues(values: Float64Array, length: number, kept: number): Float64Array {
    if (values.length >= length) return values;
    const grown = this.values(length);
    grown.set(values.subarray(0, kept));
    return grown;
  }
};

/** Below this many distinct times an insertion sort beats the native sort's setup. */
const INSERTION_SORT_MAX = 64;

/** Sorts distinct (non-NaN) values in place; distinct values have one order, so either sort gives it. */
function sortDistinct(values: Float64Array): Float64Array {
  if (values.length > INSERTION_SORT_MAX) return values.sort();
  for (let i = 1; i < values.length; ++i) {
    const v = values[i];
    let j = i - 1;
    while (j >= 0 && values[j] > v) {
      values[j + 1] = values[j];
      --j;
    }
    values[j + 1] = v;
  }
  return values;
}

/**
 * Distinct times of the rows listed in `rows` (all rows when omitted) and each
 * row's position among them. With `timefix` (R's default timefix = TRUE, see
 * survival::aeqSurv), runs of distinct times whose successive gaps are within
 * sqrt(machine epsilon), absolutely or relative to the mean absolute distinct
 * time, collapse onto the run's first time.
 */
export function timeIndex(time: Float64Array, rows?: Int32Array, timefix = true): TimeIndex {
  const n = rows ? rows.length : time.length;

  // Id of each row's time in order of first appearance; a slot holds id + 1,
  // so a cleared table is empty. The hash table and the distinct values live
  // in buffers reused across calls, and the table starts at twice the rows
  // (up to 1024): the reconstruction's search tabulates small samples
  // hundreds of thousands of times, and allocating typed arrays costs more
  // than hashing them.
  let capacity = 16;
  while (capacity < 2 * n && capacity < 1024) capacity *= 2;
  let slots = reusable.slots(capacity);
  let values = reusable.values(capacity >>> 1);
  let m = 0;
  const index = new Int32Array(n);
  for (let r = 0; r < n; ++r) {
    let t = time[rows ? rows[r] : r];
    if (t === 0) t = 0; // -0 and 0 are one time
    let mask = capacity - 1;
    let slot = hashTime(t) & mask;
    let found = slots[slot] - 1;
    while (found !== -1 && values[found] !== t) {
      slot = (slot + 1) & mask;
      found = slots[slot] - 1;
    }
    if (found === -1) {
      if (m === capacity >>> 1) {
        // Keep the load factor at most one half.
        capacity *= 2;
        mask = capacity - 1;
        values = reusable.grownValues(values, capacity >>> 1, m);
        slots = reusable.slots(capacity);
        for (let v = 0; v < m; ++v) {
          let s = hashTime(values[v]) & mask;
          while (slots[s] !== 0) s = (s + 1) & mask;
          slots[s] = v + 1;
        }
        slot = hashTime(t) & mask;
        while (slots[slot] !== 0) slot = (slot + 1) & mask;
      }
      values[m] = t;
      found = m++;
      slots[slot] = found + 1;
    }
    index[r] = found;
  }

  // The only sort, over distinct times.
  let times = sortDistinct(values.slice(0, m));
  if (timefix && m > 1) {
    let sumAbs = 0;
    for (let j = 0; j < m; ++j) sumAbs += Math.abs(times[j]);
    const meanAbs = sumAbs / m;
    let cuts = 1;
    for (let j = 1; j < m; ++j) {
      const gap = times[j] - times[j - 1];
      if (gap > timeTolerance && gap / meanAbs > timeTolerance) times[cuts++] = times[j];
    }
    // In-place compaction only ever writes at or below the index being read.
    if (cuts < m) times = times.slice(0, cuts);
  }
  // Each distinct value's position: the last time at or below it (R's
  // findInterval), kept in the hash table's buffer, which is no longer needed.
  const position = slots;
  const last = times.length - 1;
  for (let v = 0; v < m; ++v) {
    const t = values[v];
    let lo = 0;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (times[mid] <= t) lo = mid;
      else hi = mid - 1;
    }
    position[v] = lo;
  }
  for (let r = 0; r < n; ++r) index[r] = position[index[r]];
  return {times, index};
}

/**
 * Tabulates the rows listed in `rows` (all rows when omitted). `group` holds
 * codes 0..groups-1, or is null for a single group. With `weights` a row
 * counts as that many rows.
 */
export function tabulateTimes(
  time: Float64Array,
  event: Uint8Array,
  group: Int32Array | null,
  groups: number,
  rows?: Int32Array,
  timefix = true,
  weights?: Float64Array
): TimeTable {
  const {times, index} = timeIndex(time, rows, timefix);
  const m = times.length;
  // One allocation for both: on small samples allocating typed arrays costs more than filling them.
  const counts = new Float64Array(2 * m * groups);
  const events = counts.subarray(0, m * groups);
  const censored = counts.subarray(m * groups);
  for (let r = 0, n = index.length; r < n; ++r) {
    const i = rows ? rows[r] : r;
    const cell = index[r] * groups + (group ? group[i] : 0);
    const w = weights ? weights[i] : 1;
    if (event[i] === 1) events[cell] += w;
    else censored[cell] += w;
  }
  return {times, groups, events, censored};
}

export interface CountingTimeIndex {
  /** Distinct entry and exit times together, increasing, after merging near-equal ones. */
  times: Float64Array;
  /** For each row, the position of its exit time in `times`. */
  exitIndex: Int32Array;
  /** For each row, the position of its entry time in `times`. */
  entryIndex: Int32Array;
}

/**
 * timeIndex of (entry, time] data: R's aeqSurv merges near-equal values over
 * both columns at once (the mean absolute time includes the entries), so
 * entries and exits share one grid. An interval that the merge shrinks to
 * nothing is R's "aeqSurv exception, an interval has effective length 0".
 */
export function countingTimeIndex(entry: Float64Array, time: Float64Array): CountingTimeIndex {
  const n = time.length;
  const both = new Float64Array(2 * n);
  both.set(time);
  both.set(entry, n);
  const {times, index} = timeIndex(both);
  const exitIndex = index.subarray(0, n);
  const entryIndex = index.subarray(n);
  for (let i = 0; i < n; ++i) {
    if (entryIndex[i] === exitIndex[i]) {
      throw new RangeError(
        `entry[${i}] is ${entry[i]} and time[${i}] is ${time[i]}: within R's timefix tolerance of each other, an interval of length 0 (aeqSurv)`
      );
    }
  }
  return {times, exitIndex, entryIndex};
}

/** A TimeTable whose grid also holds entry times, with `entered` counted per (time, group). */
export interface CountingTimeTable extends TimeTable {
  entered: Float64Array;
}

/** tabulateTimes for (entry, time] rows; grid times where nobody leaves have zero events and censorings. */
export function tabulateCountingTimes(
  time: Float64Array,
  entry: Float64Array,
  event: Uint8Array,
  group: Int32Array | null,
  groups: number,
  weights?: Float64Array
): CountingTimeTable {
  const {times, exitIndex, entryIndex} = countingTimeIndex(entry, time);
  const m = times.length;
  const counts = new Float64Array(3 * m * groups);
  const events = counts.subarray(0, m * groups);
  const censored = counts.subarray(m * groups, 2 * m * groups);
  const entered = counts.subarray(2 * m * groups);
  for (let i = 0, n = time.length; i < n; ++i) {
    const g = group ? group[i] : 0;
    const cell = exitIndex[i] * groups + g;
    const w = weights ? weights[i] : 1;
    if (event[i] === 1) events[cell] += w;
    else censored[cell] += w;
    entered[entryIndex[i] * groups + g] += w;
  }
  return {times, groups, events, censored, entered};
}

// The one sort behind every estimator: distinct observed times in increasing
// order, and per (time, group) counts of events and censorings. Everything
// downstream is a linear pass over distinct times × groups.

export interface TimeTable {
  /** Distinct observed times, increasing. */
  times: Float64Array;
  /** Number of groups; counts are stored row-major, index `j * groups + g`. */
  groups: number;
  events: Float64Array;
  censored: Float64Array;
}

/**
 * Tabulates the rows listed in `rows` (all rows when omitted). `group` holds
 * codes 0..groups-1, or is null for a single group.
 */
export function tabulateTimes(
  time: Float64Array,
  event: Uint8Array,
  group: Int32Array | null,
  groups: number,
  rows?: Int32Array
): TimeTable {
  const n = rows ? rows.length : time.length;
  const sorted = new Float64Array(n);
  if (rows) for (let i = 0; i < n; ++i) sorted[i] = time[rows[i]];
  else sorted.set(time);
  sorted.sort();

  let m = 0;
  for (let i = 0; i < n; ++i) {
    if (m === 0 || sorted[i] !== sorted[m - 1]) sorted[m++] = sorted[i];
  }
  const times = sorted.slice(0, m);

  const events = new Float64Array(m * groups);
  const censored = new Float64Array(m * groups);
  for (let r = 0; r < n; ++r) {
    const i = rows ? rows[r] : r;
    const t = time[i];
    let lo = 0;
    let hi = m - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (times[mid] < t) lo = mid + 1;
      else hi = mid;
    }
    const cell = lo * groups + (group ? group[i] : 0);
    if (event[i] === 1) events[cell] += 1;
    else censored[cell] += 1;
  }
  return {times, groups, events, censored};
}

// A risk table of counts (per pattern and distinct time: events, censored,
// entries), as a database computes it, back into weighted rows the
// estimators take. Only the margins are known, not which entry belongs to
// which exit, but no estimator needs it: the risk set at t is the rows
// entered before t less those that left before t, whatever the pairing. So
// within each pattern the k-th entry is paired with the k-th exit, in time
// order; real rows guarantee that this entry comes first (the k-th exit's
// own entry and those of every earlier exit are all before it).
import {checkLengths} from "./validate-input.js";
import {levelOrder} from "./level-order.js";

export interface RiskTableCounts<P = unknown> {
  time: ArrayLike<number>;
  events: ArrayLike<number>;
  censored: ArrayLike<number>;
  /** Rows entering the risk set at each time (delayed entry); absent when everyone is at risk from time 0. */
  entries?: ArrayLike<number>;
  /** The covariate pattern of each count (a label); each pattern is its own population. */
  pattern?: ArrayLike<P>;
}

export interface RiskTableRows<P = unknown> {
  time: Float64Array;
  event: Uint8Array;
  entry?: Float64Array;
  pattern?: P[];
  weights: Float64Array;
}

/**
 * Counts that no rows give, with the count that shows it: `index` into the
 * input arrays, and the rows at risk there. "exits-before-entries": more rows
 * leave at `index`'s time than `atRisk`, those entered before it and not yet
 * left. "entries-without-exit": `atRisk` rows are still at risk after the
 * pattern's last count, at `index`.
 */
export class RiskTableCountsError extends RangeError {
  readonly kind: "exits-before-entries" | "entries-without-exit";
  readonly index: number;
  readonly atRisk: number;
  constructor(message: string, kind: RiskTableCountsError["kind"], index: number, atRisk: number) {
    super(message);
    this.name = "RiskTableCountsError";
    this.kind = kind;
    this.index = index;
    this.atRisk = atRisk;
  }
}

function checkedCount(values: ArrayLike<number>, name: string, i: number): number {
  const v = values[i];
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0) throw new RangeError(`${name}[${i}] is ${String(v)}, expected a whole number >= 0`);
  return v;
}

export function riskTableRows<P = unknown>({time, events, censored, entries, pattern}: RiskTableCounts<P>): RiskTableRows<P> {
  const n = time.length;
  checkLengths(n, {events, censored, entries, pattern});
  const levels = pattern ? levelOrder(pattern) : [undefined as P];
  const code = new Map(levels.map((level, k) => [level, k]));
  const out = {time: [] as number[], event: [] as number[], entry: [] as number[], pattern: [] as P[], weights: [] as number[]};
  const emit = (t: number, e: number, entry: number, k: number, w: number) => {
    out.time.push(t);
    out.event.push(e);
    out.entry.push(entry);
    out.pattern.push(levels[k]);
    out.weights.push(w);
  };
  // Rows of each pattern in time order.
  const rowsOf = levels.map(() => [] as number[]);
  for (let i = 0; i < n; ++i) {
    const t = time[i];
    if (typeof t !== "number" || !Number.isFinite(t)) throw new RangeError(`time[${i}] is ${String(t)}, expected a finite number`);
    const k = code.get(pattern ? pattern[i] : (undefined as P));
    if (k === undefined) throw new RangeError(`pattern[${i}] is ${String(pattern![i])}, expected a pattern label`);
    rowsOf[k].push(i);
  }
  rowsOf.forEach((rows, k) => {
    rows.sort((a, b) => time[a] - time[b]);
    // Exits as runs of (time, event, count, count's index), entries as runs of (time, count), both in time order.
    const exits: [number, number, number, number][] = [];
    const arrivals: [number, number][] = [];
    for (const i of rows) {
      const d = checkedCount(events, "events", i);
      const c = checkedCount(censored, "censored", i);
      const a = entries ? checkedCount(entries, "entries", i) : 0;
      if (d > 0) exits.push([time[i], 1, d, i]);
      if (c > 0) exits.push([time[i], 0, c, i]);
      if (a > 0) arrivals.push([time[i], a]);
    }
    if (!entries) {
      for (const [t, e, w] of exits) emit(t, e, NaN, k, w);
      return;
    }
    const sumOf = <T extends number[]>(runs: readonly T[], before: number, at: number) => runs.reduce((n, run) => n + (run[0] < before ? run[at] : 0), 0);
    let q = 0;
    let left = arrivals.length > 0 ? arrivals[0][1] : 0;
    for (const [t, e, count, i] of exits) {
      let w = count;
      while (w > 0) {
        if (q >= arrivals.length || !(arrivals[q][0] < t)) {
          const atRisk = sumOf(arrivals, t, 1) - sumOf(exits, t, 2);
          throw new RiskTableCountsError(`pattern ${String(levels[k])}: more exits by time ${t} than entries before it, so these counts come from no rows`, "exits-before-entries", i, atRisk);
        }
        const take = Math.min(w, left);
        emit(t, e, arrivals[q][0], k, take);
        w -= take;
        left -= take;
        if (left === 0 && ++q < arrivals.length) left = arrivals[q][1];
      }
    }
    if (q < arrivals.length) {
      const atRisk = left + arrivals.slice(q + 1).reduce((n, [, a]) => n + a, 0);
      throw new RiskTableCountsError(`pattern ${String(levels[k])}: more entries than exits, so these counts come from no rows`, "entries-without-exit", rows[rows.length - 1], atRisk);
    }
  });
  return {
    time: Float64Array.from(out.time),
    event: Uint8Array.from(out.event),
    ...(entries && {entry: Float64Array.from(out.entry)}),
    ...(pattern && {pattern: out.pattern}),
    weights: Float64Array.from(out.weights)
  };
}

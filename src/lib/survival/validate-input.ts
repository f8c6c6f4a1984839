// Argument checks shared by every estimator. Errors name the argument and the
// first offending index so a caller can find the bad row in their data.

export type EventLike = number | boolean;

export function checkLengths(n: number, columns: Record<string, ArrayLike<unknown> | undefined>): void {
  for (const [name, column] of Object.entries(columns)) {
    if (column !== undefined && column.length !== n) {
      throw new RangeError(`${name} has length ${column.length}, expected ${n} (the length of time)`);
    }
  }
}

/** Copies times into a Float64Array, rejecting negative, NaN or infinite values. */
export function checkedTimes(time: ArrayLike<number>, name = "time"): Float64Array {
  const n = time.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; ++i) {
    const t = time[i];
    if (typeof t !== "number" || !Number.isFinite(t) || t < 0) {
      throw new RangeError(`${name}[${i}] is ${String(t)}, expected a finite number >= 0`);
    }
    out[i] = t;
  }
  return out;
}

/**
 * Copies entry times of (entry, time] data, as R's Surv(entry, time, event):
 * any finite number (R allows negative starts) strictly below the row's time,
 * which R would turn into NA with "Stop time must be > start time".
 */
export function checkedEntries(entry: ArrayLike<number>, time: Float64Array): Float64Array {
  const n = time.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; ++i) {
    const e = entry[i];
    if (typeof e !== "number" || !Number.isFinite(e)) {
      throw new RangeError(`entry[${i}] is ${String(e)}, expected a finite number`);
    }
    if (!(e < time[i])) throw new RangeError(`entry[${i}] is ${e}, expected a number < time[${i}] (${time[i]})`);
    out[i] = e;
  }
  return out;
}

/**
 * Copies case weights: a row of weight w counts as w identical rows (R's
 * survfit(..., weights = w, robust = FALSE): Greenwood's variance over
 * weighted counts), so a table of distinct (time, event, group) rows weighted
 * by their counts gives the estimates of the rows themselves. With fractional
 * weights R's survfit defaults to a robust variance instead.
 */
export function checkedWeights(weights: ArrayLike<number>): Float64Array {
  const n = weights.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; ++i) {
    const w = weights[i];
    if (typeof w !== "number" || !Number.isFinite(w) || !(w > 0)) {
      throw new RangeError(`weights[${i}] is ${String(w)}, expected a finite number > 0`);
    }
    out[i] = w;
  }
  return out;
}

/**
 * Copies frequency weights, whole numbers only: Efron's split of a block's
 * tied deaths is defined for a whole number of rows.
 */
export function checkedFrequencyWeights(weights: ArrayLike<number>): Float64Array {
  const out = checkedWeights(weights);
  out.forEach((w, i) => {
    if (!Number.isInteger(w)) throw new RangeError(`weights[${i}] is ${w}, expected a whole number > 0 (frequency weights)`);
  });
  return out;
}

/** Copies event indicators into a Uint8Array, accepting only 0, 1, false and true. */
export function checkedEvents(event: ArrayLike<EventLike>, name = "event"): Uint8Array {
  const n = event.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; ++i) {
    const e = event[i];
    if (e === 1 || e === true) out[i] = 1;
    else if (e !== 0 && e !== false) {
      throw new RangeError(`${name}[${i}] is ${String(e)}, expected 0, 1, false or true`);
    }
  }
  return out;
}

/** Maps arbitrary labels to dense codes 0..k-1, in order of first appearance unless `levels` is given. */
export function groupCodes<T>(labels: ArrayLike<T>, name: string, levels?: readonly T[]): {codes: Int32Array; levels: T[]} {
  const n = labels.length;
  const index = new Map<T, number>();
  const known = levels ? [...levels] : [];
  known.forEach((level, k) => index.set(level, k));
  const codes = new Int32Array(n);
  for (let i = 0; i < n; ++i) {
    const label = labels[i];
    if (label === null || label === undefined || (typeof label === "number" && Number.isNaN(label))) {
      throw new RangeError(`${name}[${i}] is ${String(label)}, expected a group label`);
    }
    let code = index.get(label);
    if (code === undefined) {
      if (levels) throw new RangeError(`${name}[${i}] is ${String(label)}, expected one of ${levels.join(", ")}`);
      code = known.length;
      known.push(label);
      index.set(label, code);
    }
    codes[i] = code;
  }
  return {codes, levels: known};
}

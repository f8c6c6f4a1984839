// Benjamini–Hochberg false-discovery-rate adjustment, R `p.adjust(p, "BH")`.

/**
 * Returns adjusted p values in input order. Missing values (null, undefined
 * or NaN) come back as null and, as R's NA, are left out of the count m.
 */
export function benjaminiHochberg(pValues: ArrayLike<number | null | undefined>): (number | null)[] {
  const n = pValues.length;
  const present: number[] = [];
  for (let i = 0; i < n; ++i) {
    const p = pValues[i];
    if (p === null || p === undefined || Number.isNaN(p)) continue;
    if (typeof p !== "number" || !(p >= 0 && p <= 1)) {
      throw new RangeError(`pValues[${i}] is ${typeof p === "string" ? JSON.stringify(p) : String(p)}, expected a number between 0 and 1, null or NaN`);
    }
    present.push(i);
  }
  const m = present.length;
  const out: (number | null)[] = new Array(n).fill(null);
  const values = Float64Array.from(present, (i) => pValues[i] as number);
  // stable descending order keeps R's order(p, decreasing = TRUE) for ties
  const order = Uint32Array.from({length: m}, (_, k) => k).sort((a, b) => values[b] - values[a] || a - b);
  let running = Infinity;
  for (let k = 0; k < m; ++k) {
    const rank = m - k;
    running = Math.min(running, (m / rank) * values[order[k]]);
    out[present[order[k]]] = Math.min(1, running);
  }
  return out;
}

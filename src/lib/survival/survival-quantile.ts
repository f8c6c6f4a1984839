// Time at which a survival curve (or one of its confidence limits) first
// reaches 1 - p, ported from survival:::quantile.survfit and its helper findq,
// including R's tolerance: a curve within sqrt(.Machine$double.eps) of the
// target on a flat stretch gives the midpoint of that stretch, and a curve that
// ends flat at the target gives the midpoint with the last time.

const tolerance = Math.sqrt(2.220446049250313e-16);

/**
 * `times` are the curve's step times (increasing) and `values` its value at
 * each (NaN where R has NA). Returns null where R returns NA.
 */
export function survivalQuantile(times: ArrayLike<number>, values: ArrayLike<number>, p = 0.5): number | null {
  const direct = monotoneQuantile(times, values, p);
  return direct === undefined ? findq(times, values, p) : direct;
}

/** The port of findq itself, for any curve (confidence limits rise where they are NA, say). */
export function findq(times: ArrayLike<number>, values: ArrayLike<number>, p: number): number | null {
  const n0 = times.length + 1;
  // findq works on the cumulative failure 1 - S, starting from (0, 0).
  const x: number[] = [0];
  const y: number[] = [0];
  let maxY = 0;
  for (let i = 1; i < n0; ++i) {
    const f = 1 - values[i - 1];
    if (f > maxY) maxY = f;
  }
  if (maxY < p) return null;
  const xmax = n0 > 1 ? times[n0 - 2] : 0;

  // duplicated(): keep the first occurrence of each value (NA counts once).
  const seen = new Set<number>([0]);
  for (let i = 1; i < n0; ++i) {
    const f = 1 - values[i - 1];
    if (seen.has(f)) continue;
    seen.add(f);
    x.push(times[i - 1]);
    y.push(f);
  }

  // Both shifted lookups share one ordering by value (NA dropped).
  const order: number[] = [];
  for (let i = 0; i < y.length; ++i) if (!Number.isNaN(y[i])) order.push(i);
  order.sort((a, b) => y[a] - y[b] || a - b);
  const index1 = approxConstantRight(y, order, tolerance, p);
  const index2 = approxConstantRight(y, order, -tolerance, p);
  let quant = index1 === null || index2 === null ? null : (x[index1] + x[index2]) / 2;
  const last = y[y.length - 1];
  if (!Number.isNaN(last) && Math.abs(p - last) < tolerance) {
    quant = index1 === null ? null : (x[index1] + xmax) / 2;
  }
  return quant;
}

/**
 * findq's result in one pass without allocating, for the common case of a
 * curve that never rises and has no NA (every Kaplan-Meier estimate): its
 * cumulative failure, duplicates dropped, is strictly increasing, so each
 * lookup is the first point at or above p. Returns undefined for any other
 * curve, or where shifted values tie in floating point: findq decides those.
 */
function monotoneQuantile(times: ArrayLike<number>, values: ArrayLike<number>, p: number): number | null | undefined {
  if (values.length === 0) return undefined;
  let previous = 1;
  for (let i = 0; i < values.length; ++i) {
    if (!(values[i] <= previous)) return undefined;
    previous = values[i];
  }
  if (1 - previous < p) return null;
  const xmax = times[times.length - 1];
  // findq's points (x, y): (0, 0), then each time the failure reaches a new
  // value. For each shift, the x of the first point whose shifted y is at or
  // above p: null when p is below the first (approx's rule 1), undefined
  // while not found (null at the end: p above the last).
  let y = 0;
  let up = y + tolerance;
  let down = y - tolerance;
  let x1: number | null | undefined = p < up ? null : up >= p ? 0 : undefined;
  let x2: number | null | undefined = p < down ? null : down >= p ? 0 : undefined;
  for (let i = 0; i < values.length; ++i) {
    const f = 1 - values[i];
    if (f === y) continue;
    y = f;
    if (y + tolerance === up || y - tolerance === down) return undefined;
    up = y + tolerance;
    down = y - tolerance;
    if (x1 === undefined && up >= p) x1 = times[i];
    if (x2 === undefined && down >= p) x2 = times[i];
  }
  const index1 = x1 ?? null;
  const index2 = x2 ?? null;
  if (Math.abs(p - y) < tolerance) return index1 === null ? null : (index1 + xmax) / 2;
  return index1 === null || index2 === null ? null : (index1 + index2) / 2;
}

/**
 * R `approx(y + shift, seq_along(y), p, method = "constant", f = 1)$y - 1`:
 * the 0-based position whose shifted value is the first at or above p, with
 * `order` listing y's positions by value (NA dropped); null outside the range.
 */
function approxConstantRight(y: readonly number[], order: readonly number[], shift: number, p: number): number | null {
  const xs = order.map((i) => y[i] + shift);
  let i = 0;
  let j = xs.length - 1;
  if (p < xs[i] || p > xs[j]) return null;
  while (i < j - 1) {
    const ij = (i + j) >> 1;
    if (p < xs[ij]) j = ij;
    else i = ij;
  }
  if (p === xs[j]) return order[j];
  if (p === xs[i]) return order[i];
  return order[j];
}

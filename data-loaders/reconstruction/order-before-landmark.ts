// An exact model of a Kaplan-Meier arm's steps before a landmark, for a
// median that falls before it. Each cell (carcinoid, noncarcinoid) keeps its
// patients and which of them progress; only the order of the steps changes:
// where each cell's censorings fall among its events, and how the two cells
// interleave. The curves at the landmark, and so every number after it,
// depend only on that order, so enumerating every order (a few hundred
// thousand for an arm of 40) finds each one that keeps the landmarks in band
// and brings the subgroup's curve to 50% before the landmark.

/** One cell: its patients, those progressing at 1 month (time 0), and its steps before the landmark. */
export interface OrderCell {
  n: number;
  zeros: number;
  events: number;
  censorings: number;
  /** Band [lo, hi) of the cell's curve at the landmark, if printed. */
  band?: [number, number];
}

/** A step of the ordering: cell index and whether it is a progression. */
export interface OrderStep {
  cell: number;
  event: boolean;
}

export interface OrderModel {
  cells: [OrderCell, OrderCell];
  /** Band of the pooled curve at the landmark. */
  pooledBand: [number, number];
  /** The cell whose curve must reach 50% before the landmark; the other cell and the pooled curve must not. */
  target: number;
}

// Products of fractions that equal 1/2 may differ from it in the last bits;
// the engine's median (R's) treats such a curve as flat at 50%.
const HALF = 0.5 + 1e-9;

const inBand = (s: number, band?: [number, number]) => !band || (s >= band[0] && s < band[1]);

/** Every choice of k positions out of n, as bit masks, in increasing order. */
function masks(n: number, k: number): number[] {
  const out: number[] = [];
  for (let m = 0; m < 1 << n; ++m) {
    let bits = 0;
    for (let x = m; x; x &= x - 1) ++bits;
    if (bits === k) out.push(m);
  }
  return out;
}

/**
 * Every ordering that meets the model, as step lists. `limit` caps how many
 * are returned (the enumeration order is fixed, so the result is too).
 */
export function orderBeforeLandmark({cells, pooledBand, target}: OrderModel, limit = 64): OrderStep[][] {
  const sizes = cells.map((c) => c.events + c.censorings);
  const total = sizes[0] + sizes[1];
  const cellOrders = cells.map((c, i) => masks(sizes[i], c.censorings));
  const interleavings = masks(total, sizes[0]);
  const found: OrderStep[][] = [];
  const pooledAtRisk0 = cells[0].n - cells[0].zeros + cells[1].n - cells[1].zeros;
  const pooledSurv0 = pooledAtRisk0 / (cells[0].n + cells[1].n);
  for (const mix of interleavings) {
    for (const order0 of cellOrders[0]) {
      for (const order1 of cellOrders[1]) {
        const orders = [order0, order1];
        const risk = cells.map((c) => c.n - c.zeros);
        const surv = cells.map((c) => (c.n - c.zeros) / c.n);
        const seen = [0, 0];
        let pooledRisk = pooledAtRisk0;
        let pooled = pooledSurv0;
        let ok = true;
        let reached = false;
        for (let i = 0; i < total && ok; ++i) {
          const c = (mix >> i) & 1 ? 0 : 1;
          const censored = (orders[c] >> seen[c]++) & 1;
          if (!censored) {
            surv[c] *= (risk[c] - 1) / risk[c];
            pooled *= (pooledRisk - 1) / pooledRisk;
            if (surv[c] <= HALF) {
              if (c === target) reached = true;
              else ok = false;
            }
            if (pooled <= 0.5) ok = false;
          }
          risk[c] -= 1;
          pooledRisk -= 1;
        }
        if (!ok || !reached || !inBand(pooled, pooledBand) || !inBand(surv[0], cells[0].band) || !inBand(surv[1], cells[1].band)) continue;
        const steps: OrderStep[] = [];
        const next = [0, 0];
        for (let i = 0; i < total; ++i) {
          const c = (mix >> i) & 1 ? 0 : 1;
          steps.push({cell: c, event: !((orders[c] >> next[c]++) & 1)});
        }
        found.push(steps);
        if (found.length >= limit) return found;
      }
    }
  }
  return found;
}

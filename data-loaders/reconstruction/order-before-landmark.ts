// An exact model of a Kaplan-Meier arm's steps before a landmark, for a
// subgroup median that falls before it. Each cell (carcinoid, noncarcinoid)
// keeps its patients and which of them progress; only the order of the steps
// before the landmark changes: where each cell's censorings fall among its
// events, and how the two cells interleave. The steps after the landmark stay
// as they are (the tail), so every curve after the landmark follows from the
// order. A depth-first search over the orders, pruned as soon as a curve is
// below its landmark band (curves never rise), returns each order that puts
// every landmark and every other median in its band and brings the subgroup's
// curve to 50% before the landmark.

/** One cell: its patients, those progressing at 1 month (time 0), and its steps before the landmark. */
export interface OrderCell {
  n: number;
  zeros: number;
  events: number;
  censorings: number;
}

/** A step of an ordering: cell index (0 carcinoid, 1 noncarcinoid) and whether it is a progression. */
export interface OrderStep {
  cell: number;
  event: boolean;
}

export interface TailStep extends OrderStep {
  time: number;
}

/** Printed numbers of one curve: landmark bands [lo, hi) as fractions by time, and the median's band in months. */
export interface CurveTargets {
  landmarks: [number, [number, number]][];
  median?: [number, number];
}

export interface OrderModel {
  cells: [OrderCell, OrderCell];
  landmark: number;
  /** The steps after the landmark, in time order (progressions before censorings at a tie). */
  tail: TailStep[];
  /** Targets of the carcinoid, noncarcinoid and pooled curves. */
  curves: [CurveTargets, CurveTargets, CurveTargets];
  /** The cell whose median falls before the landmark. */
  target: number;
}

export interface Ordering {
  steps: OrderStep[];
  /** Index in `steps` of the progression that takes the target cell's curve to 50% or below. */
  crossing: number;
  /** The target cell's curve sits at exactly 50% after its crossing (its median is then the midpoint with its next progression). */
  flat: boolean;
}

// Products of fractions that equal 1/2 may differ from it in the last bits;
// the engine's median (R's) treats such a curve as flat at 50%.
const TOLERANCE = 1e-9;

const inBand = (s: number, [lo, hi]: [number, number]) => s >= lo && s < hi;

/** Median of a curve given as event times and values after each (R's rule for a curve flat at 50%). */
function medianOf(times: number[], values: number[]): number | null {
  for (let i = 0; i < values.length; ++i) {
    if (Math.abs(values[i] - 0.5) < TOLERANCE) return i + 1 < times.length ? (times[i] + times[i + 1]) / 2 : null;
    if (values[i] < 0.5) return times[i];
  }
  return null;
}

/** Whether the tail keeps every landmark after the landmark and every median but the target's in band. */
function tailHolds(model: OrderModel, risk: number[], surv: number[]): boolean {
  const {tail, curves, target, landmark} = model;
  const r = risk.slice();
  const s = surv.slice();
  const events: [number[], number[]][] = [0, 1, 2].map(() => [[], []]);
  const checks = curves.map((c) => c.landmarks.filter(([t]) => t > landmark).sort((a, b) => a[0] - b[0]));
  const next = [0, 0, 0];
  const check = (g: number, upTo: number): boolean => {
    for (; next[g] < checks[g].length && checks[g][next[g]][0] < upTo; ++next[g]) if (!inBand(s[g], checks[g][next[g]][1])) return false;
    return true;
  };
  for (const step of tail) {
    for (const g of [step.cell, 2]) {
      if (!check(g, step.time)) return false;
      if (step.event) {
        s[g] *= (r[g] - 1) / r[g];
        events[g][0].push(step.time);
        events[g][1].push(s[g]);
      }
      r[g] -= 1;
    }
  }
  for (const g of [0, 1, 2]) {
    if (!check(g, Infinity)) return false;
    const band = curves[g].median;
    if (g === target || !band) continue;
    const m = medianOf(events[g][0], events[g][1]);
    if (m === null || m < band[0] || m >= band[1]) return false;
  }
  return true;
}

/** Every ordering that meets the model, at most `limit`, in a fixed order. */
export function orderBeforeLandmark(model: OrderModel, limit = 64): Ordering[] {
  const {cells, curves, landmark, target} = model;
  const atLandmark = curves.map((c) => c.landmarks.find(([t]) => t === landmark)?.[1]);
  // A curve never rises: below the lowest band still ahead, it is lost.
  const floors = curves.map((c) => Math.max(0, ...c.landmarks.filter(([t]) => t >= landmark).map(([, [lo]]) => lo)));
  const found: Ordering[] = [];
  const steps: OrderStep[] = [];
  const risk = [cells[0].n - cells[0].zeros, cells[1].n - cells[1].zeros, 0];
  risk[2] = risk[0] + risk[1];
  const surv = [risk[0] / cells[0].n, risk[1] / cells[1].n, risk[2] / (cells[0].n + cells[1].n)];
  const left = cells.map((c) => [c.events, c.censorings]);
  let reached = false;
  let flat = false;
  let crossing = -1;
  /**
   * After taking one step of `kind` from `cell`: whether the remaining steps
   * can still end each curve in its landmark band (a curve ends highest with
   * its progressions first, lowest with its censorings first) and bring the
   * target cell to 50%.
   */
  const reachable = (cell: number, kind: number): boolean => {
    const take = (c: number, k: number) => left[c][k] - (c === cell && k === kind ? 1 : 0);
    const r = [0, 1].map((c) => risk[c] - (c === cell ? 1 : 0));
    const ends = (s: number, atRisk: number, events: number, censorings: number): [number, number] => [s * ((atRisk - events) / atRisk || 0), s * ((atRisk - censorings - events) / (atRisk - censorings) || 0)];
    for (const c of [0, 1]) {
      const [high, low] = ends(surv[c], r[c], take(c, 0), take(c, 1));
      const band = atLandmark[c];
      if (band && (high < band[0] || low >= band[1])) return false;
      if (c === target && !reached && !(cell === c && kind === 0 && surv[c] <= 0.5 + TOLERANCE) && low > 0.5 + TOLERANCE) return false;
    }
    const band = atLandmark[2];
    const [high, low] = ends(surv[2], r[0] + r[1], take(0, 0) + take(1, 0), take(0, 1) + take(1, 1));
    return !band || (high >= band[0] && low < band[1]);
  };
  const visit = (): boolean => {
    if (left[0][0] + left[0][1] + left[1][0] + left[1][1] === 0) {
      if (!reached || !atLandmark.every((band, g) => !band || inBand(surv[g], band)) || !tailHolds(model, risk, surv)) return false;
      found.push({steps: steps.slice(), crossing, flat});
      return found.length >= limit;
    }
    for (const cell of [0, 1]) {
      for (const kind of [0, 1]) {
        if (left[cell][kind] === 0) continue;
        const event = kind === 0;
        const saved = [surv[cell], surv[2], reached, flat, crossing] as const;
        if (event) {
          surv[cell] *= (risk[cell] - 1) / risk[cell];
          surv[2] *= (risk[2] - 1) / risk[2];
        }
        let ok = surv[cell] >= floors[cell] && surv[2] >= floors[2] && surv[2] > 0.5 && reachable(cell, kind);
        if (event && surv[cell] <= 0.5 + TOLERANCE) {
          if (cell !== target) ok = false;
          else if (!reached) [reached, flat, crossing] = [true, Math.abs(surv[cell] - 0.5) < TOLERANCE, steps.length];
        }
        if (ok) {
          risk[cell] -= 1;
          risk[2] -= 1;
          left[cell][kind] -= 1;
          steps.push({cell, event});
          const done = visit();
          steps.pop();
          left[cell][kind] += 1;
          risk[cell] += 1;
          risk[2] += 1;
          if (done) return true;
        }
        [surv[cell], surv[2], reached, flat, crossing] = saved;
      }
    }
    return false;
  };
  visit();
  return found;
}

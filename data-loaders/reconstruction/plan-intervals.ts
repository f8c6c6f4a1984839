// Integer skeleton of a Kaplan-Meier fit. Each landmark interval is cut at its
// midpoint; a cell (arm × tumour type) has d₀ events before the midpoint, c
// censorings at it and d₁ events after it. A group's curve (a union of cells)
// then moves from S to S·(R − D₀)/R and on to ·(R′ − D₁)/R′ with
// R′ = R − D₀ − C, so whether each landmark prints as published is integer
// arithmetic, and the censorings at the midpoint let a landmark's fraction
// have denominators other than the number at risk. A depth-first search picks,
// landmark by landmark, the (d₀, c, d₁) of each cell that puts every group's
// landmark in its rounding band and keeps each group's curve on the right side
// of 50% around its printed median.
import type {Prng} from "./prng.js";

export interface PlanCell {
  n: number;
  /** Events at time 0 (TTP of patients progressing at 1 month). */
  eventsAtZero: number;
  /** Patients who must be censored somewhere (in an interval or after the last landmark). */
  mustCensor: number;
  /**
   * Censorings already fixed (e.g. TTTF equal to a censored TTP), counted per
   * half-interval (index 2j and 2j + 1 for landmark j); treated as falling at
   * the end of their half.
   */
  fixedCensored?: number[];
}

export interface PlanGroup {
  cells: number[];
  /** Landmark time → band [lo, hi) of the survival fraction. */
  landmarks: Map<number, [number, number]>;
  /** Band [lo, hi) of the median, in months. */
  median?: [number, number];
}

export interface IntervalPlan {
  /** Half-interval ends: midpoint, landmark, midpoint, landmark, … */
  times: number[];
  /** censored[k][cell] and events[k][cell] for half k = (times[k-1], times[k]]. */
  censored: number[][];
  events: number[][];
  /** True when every landmark and median condition holds. */
  exact: boolean;
}

/** Events before the midpoint, censorings at it, events after it (no planned censoring at the landmark itself). */
interface CellOption {
  d0: number;
  c0: number;
  d1: number;
}

function medianMisses(group: PlanGroup, t: number, s: number): number {
  if (!group.median) return 0;
  const [lo, hi] = group.median;
  return (t < lo && s <= 0.5) || (t >= hi && s > 0.5) ? 1 : 0;
}

/**
 * Two cells (carcinoid, noncarcinoid); groups are [0], [1] or [0, 1]. The
 * search is specialised to that shape so that pairing the cells' options is a
 * tight loop without allocation. `nodeLimit` bounds the nodes visited and
 * `pairLimit` the cell-option pairs judged, which is the work: a node of two
 * cells of 20 patients costs a thousand times one of two cells of 8.
 */
export function planIntervals(cells: PlanCell[], groups: PlanGroup[], landmarks: number[], rng: Prng, {branching = 8, nodeLimit = 600, maxCensored = 3, pairLimit = Infinity} = {}): IntervalPlan {
  if (cells.length !== 2) throw new Error("planIntervals expects two cells");
  const risk0 = cells.map((c) => c.n - c.eventsAtZero);
  const surv0 = groups.map((g) => {
    const n = g.cells.reduce((s, c) => s + cells[c].n, 0);
    return (n - g.cells.reduce((s, c) => s + cells[c].eventsAtZero, 0)) / n;
  });
  // Target path of each group with landmarks: band centres, linear in between.
  const target = (gi: number, t: number): number | null => {
    const start: [number, number] = [0, surv0[gi]];
    const marks = [...groups[gi].landmarks].map(([u, [lo, hi]]): [number, number] => [u, (lo + hi) / 2]);
    const known = [start, ...marks].sort((a, b) => a[0] - b[0]);
    const j = known.findIndex(([u]) => u >= t);
    if (j <= 0) return j === 0 ? known[0][1] : null;
    const [[t0, s0], [t1, s1]] = [known[j - 1], known[j]];
    return s0 + ((s1 - s0) * (t - t0)) / (t1 - t0);
  };

  const aims = groups.map((_, gi) => landmarks.map((t, j) => target(gi, ((j === 0 ? 0 : landmarks[j - 1]) + t) / 2)));
  const chosen: CellOption[][] = [];
  let best: {misses: number; steps: CellOption[][]} | null = null;
  let nodes = 0;
  let pairs = 0;

  /** Misses and deviation of group gi across interval j given the summed moves. */
  const judge = (gi: number, j: number, r: number, s: number, d0: number, c0: number, d1: number): [number, number, number] => {
    const prev = j === 0 ? 0 : landmarks[j - 1];
    const t = landmarks[j];
    const mid = (prev + t) / 2;
    const sMid = r > 0 ? (s * (r - d0)) / r : s;
    const r1 = r - d0 - c0;
    const sEnd = r1 > 0 ? (sMid * (r1 - d1)) / r1 : sMid;
    const g = groups[gi];
    const band = g.landmarks.get(t);
    let misses = band && !(sEnd >= band[0] && sEnd < band[1]) ? 1 : 0;
    misses += medianMisses(g, mid, sMid) + medianMisses(g, t, sEnd);
    const aim = aims[gi][j];
    return [misses, aim === null ? 0 : Math.abs(sMid - aim), sEnd];
  };

  const visit = (j: number, risk: number[], surv: number[], misses: number, censoredSoFar: number[]): boolean => {
    if (j === landmarks.length) {
      cells.forEach((cell, c) => (misses += Math.max(0, cell.mustCensor - censoredSoFar[c] - risk[c])));
      if (!best || misses < best.misses) best = {misses, steps: chosen.map((s) => s.slice())};
      return misses === 0;
    }
    if (++nodes > nodeLimit || pairs > pairLimit) return false;
    const f0 = cells.map((cell) => cell.fixedCensored?.[2 * j] ?? 0);
    const f1 = cells.map((cell) => cell.fixedCensored?.[2 * j + 1] ?? 0);
    // Each cell's (d0, c0, d1), pruned by the groups made of that cell alone.
    const perCell = [0, 1].map((c) => {
      const own = groups.map((g, gi) => (g.cells.length === 1 && g.cells[0] === c ? gi : -1)).filter((gi) => gi >= 0);
      const out: {d0: number; c0: number; d1: number; misses: number}[] = [];
      for (let c0 = 0; c0 <= maxCensored; ++c0) {
        for (let d0 = 0; d0 + c0 + f0[c] + f1[c] <= risk[c]; ++d0) {
          for (let d1 = 0; d0 + c0 + f0[c] + d1 + f1[c] <= risk[c]; ++d1) {
            let m = 0;
            for (const gi of own) m += judge(gi, j, risk[c], surv[gi], d0, c0 + f0[c], d1)[0];
            out.push({d0, c0, d1, misses: m});
          }
        }
      }
      const fewest = Math.min(...out.map((o) => o.misses));
      return out.filter((o) => o.misses === fewest);
    });
    const shared = groups.map((g, gi) => (g.cells.length === 2 ? gi : -1)).filter((gi) => gi >= 0);
    const rAll = risk[0] + risk[1];
    let fewest = Infinity;
    let kept: {a: number; b: number; w: number}[] = [];
    pairs += perCell[0].length * perCell[1].length;
    perCell[0].forEach((x, a) => {
      perCell[1].forEach((y, b) => {
        let m = x.misses + y.misses;
        let deviation = 0;
        for (const gi of shared) {
          const [mi, dev] = judge(gi, j, rAll, surv[gi], x.d0 + y.d0, x.c0 + y.c0 + f0[0] + f0[1], x.d1 + y.d1);
          m += mi;
          deviation += dev;
        }
        if (m > fewest) return;
        if (m < fewest) [fewest, kept] = [m, []];
        kept.push({a, b, w: deviation + 0.05 * (x.c0 + y.c0) + 0.01 * rng.next()});
      });
    });
    kept.sort((p, q) => p.w - q.w);
    for (const {a, b} of kept.slice(0, branching)) {
      const options = [perCell[0][a], perCell[1][b]].map((o) => ({d0: o.d0, c0: o.c0, d1: o.d1}));
      const nextSurv = surv.map((s, gi) => {
        const g = groups[gi];
        const sum = (f: (o: CellOption) => number) => g.cells.reduce((t, c) => t + f(options[c]), 0);
        const fixed = g.cells.reduce((t, c) => t + f0[c], 0);
        return judge(gi, j, g.cells.reduce((t, c) => t + risk[c], 0), s, sum((o) => o.d0), sum((o) => o.c0) + fixed, sum((o) => o.d1))[2];
      });
      chosen.push(options);
      const done = visit(j + 1, risk.map((r, c) => r - options[c].d0 - options[c].c0 - f0[c] - options[c].d1 - f1[c]), nextSurv, misses + fewest, censoredSoFar.map((x, c) => x + options[c].c0));
      chosen.pop();
      if (done) return true;
      if (nodes > nodeLimit || pairs > pairLimit) break;
    }
    return false;
  };

  const exact = visit(0, risk0, surv0, 0, [0, 0]);
  const found = best as {misses: number; steps: CellOption[][]} | null;
  if (!found) throw new Error("interval plan: no plan found");
  const times = landmarks.flatMap((t, j) => [((j === 0 ? 0 : landmarks[j - 1]) + t) / 2, t]);
  return {
    times,
    censored: found.steps.flatMap((s) => [s.map((o) => o.c0), s.map(() => 0)]),
    events: found.steps.flatMap((s) => [s.map((o) => o.d0), s.map((o) => o.d1)]),
    exact: exact && found.misses === 0
  };
}

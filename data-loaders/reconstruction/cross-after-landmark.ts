// An exact model of an arm's first steps after a landmark, for a pooled
// median that falls just after it (the bland TTP median of 6, in [5.5, 6.5),
// with the 6-month landmark printed too). The steps up to the landmark stay
// as they are, so every landmark there keeps its value; each cell keeps
// which of its patients progress, and only the order of the steps between
// the landmark and the end of the median's band changes: which of the
// cells' progressions and censorings come there, and in what order. A
// censoring there shrinks the risk set, so each progression after it drops
// the curve further. A depth-first search returns every order of at most
// `slots` steps whose last progression takes the pooled curve below 50%
// while no subgroup curve goes below 50% (their medians come later; a
// subgroup curve may sit at exactly 50%, its median then being the midpoint
// with its next progression).
import type {OrderStep} from "./order-before-landmark.js";

/** One cell at the landmark: at risk, its Kaplan-Meier value, and the progressions and censorings after it that may move before the band ends. */
export interface CheckpointCell {
  atRisk: number;
  survival: number;
  events: number;
  censorings: number;
}

export interface CrossingModel {
  cells: [CheckpointCell, CheckpointCell];
  /** The pooled curve's value at the landmark. */
  pooled: number;
  /** Steps that fit between the landmark and the end of the median's band. */
  slots: number;
}

// Products of fractions that equal 1/2 may differ from it in the last bits.
const TOLERANCE = 1e-9;

/** Every order that crosses, shortest first, then in the search's order (carcinoid before noncarcinoid, progressions before censorings). */
export function crossAfterLandmark({cells, pooled, slots}: CrossingModel): OrderStep[][] {
  const found: OrderStep[][] = [];
  const risk = cells.map((c) => c.atRisk);
  const surv = cells.map((c) => c.survival);
  const left = cells.map((c) => [c.events, c.censorings]);
  const steps: OrderStep[] = [];
  const visit = (s: number): void => {
    if (steps.length === slots) return;
    for (const cell of [0, 1]) {
      for (const kind of [0, 1]) {
        if (left[cell][kind] === 0) continue;
        const event = kind === 0;
        const r = risk[0] + risk[1];
        const next = event ? s * ((r - 1) / r) : s;
        const saved = surv[cell];
        if (event) surv[cell] *= (risk[cell] - 1) / risk[cell];
        if (surv[cell] >= 0.5 - TOLERANCE) {
          steps.push({cell, event});
          if (event && next < 0.5 - TOLERANCE) found.push(steps.slice());
          else {
            risk[cell] -= 1;
            left[cell][kind] -= 1;
            visit(next);
            left[cell][kind] += 1;
            risk[cell] += 1;
          }
          steps.pop();
        }
        surv[cell] = saved;
      }
    }
  };
  visit(pooled);
  return found.sort((a, b) => a.length - b.length);
}

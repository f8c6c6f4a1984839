// The last step of the survival fit: every patient who stabilized gets a TTP
// at least a month before the end of survival (TTP runs from the stabilization
// scan, survival from the first embolization; latest-ttp.ts). The searches
// before allow TTP up to survival, which leaves their cohort freer; here each
// patient without the gap shares the missing month between an earlier TTP and
// a later survival, in the first split (from an even one outward) that misses
// no more targets than before, else the one that misses the fewest; and if
// targets were lost on the way a joint anneal whose bounds keep every gap
// wins them back.
import {tenths} from "../../src/lib/analysis/endpoints.js";
import type {PublishedNumber} from "../published/types.js";
import type {PatientRow} from "./cohort-types.js";
import {earliestSurvival, latestTtp} from "./latest-ttp.js";
import {phaseCost} from "./phase-cost.js";
import type {Prng} from "./prng.js";
import {runPhase} from "./run-phase.js";
import type {TimeVariable} from "./search-times.js";

/** Shares of the missing month taken by a later survival, in the order tried. */
const SPLITS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9, 0, 1];

export interface GapOptions {
  iterations: number;
  missWeight: number;
}

export function openStabilizationGaps(patients: readonly PatientRow[], targets: readonly PublishedNumber[], gapVariables: TimeVariable[], rng: Prng, {iterations, missWeight}: GapOptions): void {
  const cost = phaseCost(patients, targets, 0);
  const before = cost.missed().length;
  for (const p of patients) {
    if (p.ttp_months === null || latestTtp(p) >= p.ttp_months) continue;
    const current = cost.missed().length;
    const [ttp, tttf, os] = [p.ttp_months, p.tttf_months as number, p.os_months];
    const missing = earliestSurvival(p) - os;
    let best: {misses: number; times: [number, number, number]} | null = null;
    for (const share of SPLITS) {
      p.os_months = tenths(os + share * missing);
      p.ttp_months = Math.min(ttp, tenths(latestTtp(p)));
      // A censored TTP carries its TTTF (the last imaging); a failure stays between TTP and survival.
      p.tttf_months = p.ttp_event === 0 ? p.ttp_months : Math.min(Math.max(tttf, p.ttp_months), p.os_months);
      const misses = cost.missed().length;
      if (!best || misses < best.misses) best = {misses, times: [p.ttp_months, p.tttf_months, p.os_months]};
      if (misses <= current) break;
    }
    [p.ttp_months, p.tttf_months, p.os_months] = best!.times;
  }
  if (cost.missed().length > before) runPhase(patients as PatientRow[], targets as PublishedNumber[], gapVariables, rng, iterations, {missWeight, spread: false});
}

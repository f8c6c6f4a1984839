// One phase of the survival fit: its targets (the printed numbers it aims at,
// without held-out checks and the numbers set aside), the seeded search over its
// variables and the spreading of tied censorings. The cost is computed with
// the fidelity evaluator, i.e. with the project's survival engine, so the
// report and the optimizer cannot disagree.
import {PUBLISHED_NUMBERS} from "../published/index.js";
import type {PublishedNumber} from "../published/types.js";
import type {PatientRow} from "./cohort-types.js";
import {HELD_OUT_CHECKS} from "./held-out-checks.js";
import {SET_ASIDE_TARGETS} from "./set-aside-targets.js";
import {phaseCost} from "./phase-cost.js";
import type {Prng} from "./prng.js";
import {searchTimes, type TimeVariable} from "./search-times.js";
import {spreadCensorings} from "./spread-censorings.js";

export function targetsFor(test: (n: PublishedNumber) => boolean): PublishedNumber[] {
  return PUBLISHED_NUMBERS.filter((n) => test(n) && !HELD_OUT_CHECKS.has(n.id) && !SET_ASIDE_TARGETS.has(n.id));
}

export interface PhaseOptions {
  /** Spread tied censorings once the search is done. */
  spread?: boolean;
  /**
   * Extra cost of each missed target, so that (when large) the search never
   * trades one number it reproduces for a closer miss elsewhere.
   */
  missWeight?: number;
}

export function runPhase(patients: PatientRow[], targets: PublishedNumber[], variables: TimeVariable[], rng: Prng, iterations: number, {spread = true, missWeight = 0}: PhaseOptions = {}): void {
  if (variables.length === 0) return;
  const cost = phaseCost(patients, targets, missWeight);
  searchTimes(variables, cost, rng, {iterations});
  if (spread) spreadCensorings(variables, cost, rng);
}


// One phase of the survival fit: its targets (the printed numbers it aims at,
// without held-out checks and known conflicts), the seeded search over its
// variables and the spreading of tied censorings. The cost is computed with
// the fidelity evaluator, i.e. with the project's survival engine, so the
// report and the optimizer cannot disagree.
import {PUBLISHED_NUMBERS} from "../published/index.js";
import type {PublishedNumber} from "../published/types.js";
import {createEvaluator} from "../fidelity/evaluate-number.js";
import {KNOWN_CONFLICTS} from "../fidelity/known-conflicts.js";
import type {FitCache} from "../fidelity/survival-statistics.js";
import type {PatientRow} from "./cohort-types.js";
import {HELD_OUT_CHECKS} from "./held-out-checks.js";
import type {Prng} from "./prng.js";
import {searchTimes, type TimeVariable} from "./search-times.js";
import {spreadCensorings} from "./spread-censorings.js";
import {targetPenalty} from "./target-penalty.js";

export function targetsFor(test: (n: PublishedNumber) => boolean): PublishedNumber[] {
  return PUBLISHED_NUMBERS.filter((n) => test(n) && !HELD_OUT_CHECKS.has(n.id) && !(n.id in KNOWN_CONFLICTS));
}

// Baseline means describe every patient and are cheap to keep in band, so a
// miss costs more than a miss of one curve statistic.
const weight = (n: PublishedNumber): number => (n.kind === "mean" ? 4 : 1);

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
  const cache: FitCache = new Map();
  const evaluate = createEvaluator({patients, procedures: []}, cache);
  const cost = () => {
    evaluate.refresh();
    let total = 0;
    for (const n of targets) {
      const e = evaluate(n);
      const penalty = e.evaluable ? targetPenalty(e.value, n) : 0;
      total += weight(n) * (penalty + (penalty > 0 ? missWeight : 0));
    }
    return total;
  };
  searchTimes(variables, cost, rng, {iterations});
  if (spread) spreadCensorings(variables, cost, rng);
}


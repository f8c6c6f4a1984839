// The last pass of the survival fit, for TTP and TTTF numbers the joint search
// still misses. Which patients progress is settled in phase 3 and the joint
// search keeps it, never giving up a reproduced number on the way; a number
// such as the bland TTTF median can need other progressions, reached only by
// changing several patients while a reproduced number is briefly lost.
//
// So each attempt anneals the TTP and TTTF times of the patients the missed
// number covers, with progressions free to become censorings and back
// (switchingProgressions): the missed number's penalty weighs `focus` times
// any other, and no miss costs more than its distance. An attempt is kept when
// it leaves fewer targets missed than before; otherwise every time goes back.
import type {PublishedNumber} from "../published/types.js";
import {createEvaluator} from "../fidelity/evaluate-number.js";
import {inGroup} from "../fidelity/survival-endpoints.js";
import type {Flag, PatientRow} from "./cohort-types.js";
import {phaseCost} from "./phase-cost.js";
import type {Prng} from "./prng.js";
import {searchTimes} from "./search-times.js";
import {switchingProgressions} from "./switching-progressions.js";

export interface RepairBudget {
  /** Attempts per missed number; the pass moves on after the first kept one. */
  attempts: number;
  /** Iterations and starting temperature of each attempt's anneal. */
  iterations: number;
  temperature: number;
  /** How many times any other number's penalty the missed number's weighs. */
  focus: number;
}

type ProgressionTimes = [number | null, Flag | null, number | null, Flag | null];

const progressionTimes = (patients: readonly PatientRow[]): ProgressionTimes[] => patients.map((p) => [p.ttp_months, p.ttp_event, p.tttf_months, p.tttf_event]);

function restore(patients: readonly PatientRow[], times: readonly ProgressionTimes[]): void {
  patients.forEach((p, i) => ([p.ttp_months, p.ttp_event, p.tttf_months, p.tttf_event] = times[i]));
}

export function repairMisses(patients: readonly PatientRow[], targets: readonly PublishedNumber[], rng: Prng, budget: RepairBudget): void {
  const {reads} = createEvaluator({patients: patients as PatientRow[], procedures: []});
  const all = phaseCost(patients, targets, 0);
  let misses = all.missed();
  for (const n of misses.slice()) {
    const [read, ...more] = reads(n) ?? [];
    if (!misses.includes(n) || more.length > 0 || (read?.endpoint !== "ttp" && read?.endpoint !== "tttf")) continue;
    const covered = patients.filter((p) => inGroup(p, read.arm, read.subgroup));
    const focused = phaseCost(patients, [n], 0);
    for (let attempt = 0; attempt < budget.attempts; ++attempt) {
      const before = progressionTimes(patients);
      searchTimes(switchingProgressions(covered), () => all() + budget.focus * focused(), rng, budget);
      const after = all.missed();
      if (after.length < misses.length) {
        misses = after;
        break;
      }
      restore(patients, before);
    }
  }
}

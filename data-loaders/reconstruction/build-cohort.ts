// The deterministic reconstruction: one seed in, the same 67 patients and 219
// procedures out, every time. Shared by all loader entry points.
import {TABLE1, TABLE2} from "../published/index.js";
import {assignLengthOfStay} from "./assign-length-of-stay.js";
import {assignToxicity} from "./assign-toxicity.js";
import {buildBaseline} from "./build-baseline.js";
import {buildOutcomes} from "./build-outcomes.js";
import {buildProcedures} from "./build-procedures.js";
import type {Cohort} from "./cohort-types.js";
import {PLAN} from "./cohort-plan.js";
import {DEFAULT_BUDGET, fitSurvival, type FitBudget} from "./fit-survival.js";
import {mulberry32} from "./prng.js";

export interface Reconstruction extends Cohort {
  seed: number;
  elapsedMs: number;
}

export function buildCohort(seed: number = PLAN.seed, budget: FitBudget = DEFAULT_BUDGET): Reconstruction {
  const start = performance.now();
  const rng = mulberry32(seed);
  const patients = buildBaseline(rng);
  buildOutcomes(patients, rng);
  const {procedures, earlyDeaths} = buildProcedures(patients, rng);
  assignToxicity(TABLE1, patients, procedures, rng);
  assignToxicity(TABLE2, patients, procedures, rng);
  assignLengthOfStay(patients, procedures, rng);
  fitSurvival(patients, earlyDeaths, seed, rng, budget);
  return {patients, procedures, seed, elapsedMs: performance.now() - start};
}

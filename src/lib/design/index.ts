// Public API of the trial-design module. See README.md for the formulas and
// the R calls (rpact 3.3.4) each function matches.
export {criticalValues, type CriticalValues, type Operating, type Sided} from "./critical-values.js";
export {treatmentFraction} from "./allocation.js";
export {schoenfeldEvents} from "./schoenfeld-events.js";
export {freedmanEvents} from "./freedman-events.js";
export {powerAtEvents, type EventFormula, type PowerOptions} from "./power-at-events.js";
export {piecewiseExponential, scaleHazard, cumulativeHazard, survivalProbability, type PiecewiseExponential} from "./piecewise-exponential.js";
export {piecewiseFromKaplanMeier, type KaplanMeierSteps} from "./piecewise-from-kaplan-meier.js";
export {dropoutHazard} from "./dropout-hazard.js";
export {integratedEventProbability} from "./event-probability.js";
export {expectedEvents, type Arms, type Enrolment} from "./expected-events.js";
export {accrualSolution, type AccrualPlan, type AccrualSolution} from "./accrual-solution.js";
export {trialDesign, type FormulaDesign, type TrialDesign, type TrialDesignInput} from "./trial-design.js";
export {rmstDesign, type RmstArm, type RmstDesign, type RmstDesignInput} from "./rmst-design.js";
export {seededRandom} from "./seeded-random.js";
export {simulateTrials, type SimulationInput, type SimulationOptions, type SimulationResult} from "./simulate-trials.js";

// A two-arm survival trial sized from an assumed control curve: events by
// Schoenfeld's and Freedman's formulas, then for each the patients and study
// length the accrual plan needs (the model of rpact's getSampleSizeSurvival:
// uniform accrual, exponential dropout, piecewise-exponential hazards, the
// treatment arm's hazard hr times the control's).
import {accrualSolution, type AccrualPlan, type AccrualSolution} from "./accrual-solution.js";
import type {Sided} from "./critical-values.js";
import {freedmanEvents} from "./freedman-events.js";
import {scaleHazard, type PiecewiseExponential} from "./piecewise-exponential.js";
import type {EventFormula} from "./power-at-events.js";
import {schoenfeldEvents} from "./schoenfeld-events.js";

export interface TrialDesignInput {
  control: PiecewiseExponential;
  hr: number;
  alpha: number;
  sided: Sided;
  power: number;
  plan: AccrualPlan;
}

export interface FormulaDesign extends AccrualSolution {
  formula: EventFormula;
  /** Required events, unrounded. */
  events: number;
}

export interface TrialDesign {
  treatment: PiecewiseExponential;
  designs: FormulaDesign[];
}

export function trialDesign({control, hr, alpha, sided, power, plan}: TrialDesignInput): TrialDesign {
  const operating = {alpha, sided, power};
  const arms = {control, treatment: scaleHazard(control, hr)};
  const events: Record<EventFormula, number> = {
    schoenfeld: schoenfeldEvents(hr, operating, plan.ratio),
    freedman: freedmanEvents(hr, operating, plan.ratio)
  };
  return {
    treatment: arms.treatment,
    designs: (["schoenfeld", "freedman"] as const).map((formula) => ({formula, events: events[formula], ...accrualSolution(events[formula], arms, plan)}))
  };
}

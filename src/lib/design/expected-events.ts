// Events expected by calendar time T (months from the first patient's entry)
// when patients enter uniformly at `rate` per month for `accrualPeriod` months
// and a fraction p of them is randomized to treatment: a patient entering at u
// is followed T − u, so
//   E(T) = rate ∫ over follow-up s in [max(0, T − A), T] of (p D_t(s) + (1 − p) D_c(s)) ds.
import {treatmentFraction} from "./allocation.js";
import {integratedEventProbability} from "./event-probability.js";
import type {PiecewiseExponential} from "./piecewise-exponential.js";

export interface Arms {
  control: PiecewiseExponential;
  treatment: PiecewiseExponential;
}

export interface Enrolment {
  /** Treatment : control. */
  ratio: number;
  /** Dropout hazard per month, the same in both arms. */
  eta: number;
  /** Months over which patients enter. */
  accrualPeriod: number;
}

export function expectedEvents(arms: Arms, {ratio, eta, accrualPeriod}: Enrolment, rate: number, T: number): number {
  if (!(accrualPeriod > 0 && Number.isFinite(accrualPeriod))) throw new RangeError(`accrual period is ${accrualPeriod}, expected a positive number of months`);
  const p = treatmentFraction(ratio);
  const a = Math.max(0, T - accrualPeriod);
  return rate * (p * integratedEventProbability(arms.treatment, eta, a, T) + (1 - p) * integratedEventProbability(arms.control, eta, a, T));
}

// The number of patients, or the study's length, that makes the expected
// events equal the required events. Given accrual and follow-up, patients
// follow by division (expected events are proportional to the number
// enrolled); given the accrual rate and period, the study runs until the
// expected events reach the target, found by Brent's root finder.
import {uniroot} from "../stats/uniroot.js";
import {expectedEvents, type Arms, type Enrolment} from "./expected-events.js";

/** Enrolment plus what fixes the design: the extra follow-up (months after accrual ends) or the accrual rate (patients per month). */
export type AccrualPlan = Enrolment & ({solve: "patients"; followUp: number} | {solve: "duration"; rate: number});

export interface AccrualSolution {
  /** Patients, unrounded. */
  patients: number;
  /** Patients per month. */
  rate: number;
  /** Months of follow-up after accrual ends (negative when the events come before accrual ends). */
  followUp: number;
  /** Months from the first entry to the analysis. */
  duration: number;
}

/** Studies longer than a century are not designs. */
const LONGEST = 1200;

export function accrualSolution(events: number, arms: Arms, plan: AccrualPlan): AccrualSolution {
  if (!(events > 0 && Number.isFinite(events))) throw new RangeError(`events is ${events}, expected a positive number`);
  const A = plan.accrualPeriod;
  if (plan.solve === "patients") {
    const F = plan.followUp;
    if (!(F >= 0 && Number.isFinite(F))) throw new RangeError(`follow-up is ${F}, expected a number of months >= 0`);
    const perPatient = expectedEvents(arms, plan, 1 / A, A + F);
    return {patients: events / perPatient, rate: events / perPatient / A, followUp: F, duration: A + F};
  }
  const rate = plan.rate;
  if (!(rate > 0 && Number.isFinite(rate))) throw new RangeError(`accrual rate is ${rate}, expected a positive number of patients per month`);
  const most = expectedEvents(arms, plan, rate, A + LONGEST);
  if (most < events) {
    throw new RangeError(`${rate} patients a month for ${A} months (${Math.round(rate * A)} patients) are expected to give ${Math.floor(most)} events even after ${LONGEST / 12} years, fewer than the ${Math.ceil(events)} required: enrol more patients`);
  }
  const duration = uniroot((T) => expectedEvents(arms, plan, rate, T) - events, 0, A + LONGEST, 1e-10);
  return {patients: rate * Math.min(A, duration), rate, followUp: duration - A, duration};
}

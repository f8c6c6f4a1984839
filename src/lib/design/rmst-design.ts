// A trial sized on the difference in restricted mean survival time up to τ,
// for when hazards are not proportional and a hazard ratio is no single
// number. The Kaplan–Meier RMST of one arm has asymptotic variance σ²(τ) / n
// with
//   σ²(τ) = ∫₀^τ (∫ₜ^τ S(u) du)² λ(t) / (S(t) G(t)) dt,
// G(t) the chance a patient is still under observation at t: exponential
// dropout times, with uniform accrual over A and F months' extra follow-up,
// min(1, (A + F − t) / A). Then
//   n = (z_α + z_β)² (σ²_t / p + σ²_c / (1 − p)) / Δ²,
// Δ the difference in RMST between the assumed curves. The integral is taken
// by Simpson's rule on each stretch where λ and G are smooth.
import {treatmentFraction} from "./allocation.js";
import {criticalValues, type Sided} from "./critical-values.js";
import type {PiecewiseExponential} from "./piecewise-exponential.js";

export interface RmstDesignInput {
  control: PiecewiseExponential;
  treatment: PiecewiseExponential;
  tau: number;
  alpha: number;
  sided: Sided;
  power: number;
  ratio: number;
  /** Dropout hazard per month. */
  eta: number;
  accrualPeriod: number;
  followUp: number;
}

export interface RmstArm {
  /** Restricted mean survival time up to tau, months. */
  rmst: number;
  /** σ²(τ): n times the variance of the arm's Kaplan–Meier RMST among n patients. */
  variance: number;
}

export interface RmstDesign {
  tau: number;
  control: RmstArm;
  treatment: RmstArm;
  /** Treatment minus control, months. */
  difference: number;
  /** Patients, unrounded. */
  patients: number;
  duration: number;
}

/** Simpson panels per smooth stretch. */
const PANELS = 128;

/** S(t) and ∫₀ᵗ S on a piecewise-exponential curve, from values at the piece starts. */
function curve({start, hazard}: PiecewiseExponential) {
  const s0 = new Float64Array(start.length);
  const r0 = new Float64Array(start.length);
  s0[0] = 1;
  for (let k = 1; k < start.length; ++k) {
    const w = start[k] - start[k - 1];
    const h = hazard[k - 1];
    s0[k] = s0[k - 1] * Math.exp(-h * w);
    r0[k] = r0[k - 1] + (h > 0 ? (s0[k - 1] * -Math.expm1(-h * w)) / h : s0[k - 1] * w);
  }
  const piece = (t: number) => {
    let k = start.length - 1;
    while (start[k] > t) --k;
    return k;
  };
  return {
    piece,
    survival: (t: number, k = piece(t)) => s0[k] * Math.exp(-hazard[k] * (t - start[k])),
    area: (t: number, k = piece(t)) => {
      const h = hazard[k];
      const w = t - start[k];
      return r0[k] + (h > 0 ? (s0[k] * -Math.expm1(-h * w)) / h : s0[k] * w);
    }
  };
}

function arm(model: PiecewiseExponential, tau: number, observed: (t: number) => number, breaks: number[]): RmstArm {
  const {piece, survival, area} = curve(model);
  const total = area(tau);
  const cuts = [...new Set([0, ...Array.from(model.start).filter((t) => t < tau), ...breaks.filter((t) => t > 0 && t < tau), tau])].sort((a, b) => a - b);
  let variance = 0;
  for (let j = 0; j + 1 < cuts.length; ++j) {
    const [a, b] = [cuts[j], cuts[j + 1]];
    const k = piece(a);
    const f = (t: number) => {
      const rest = total - area(t, k);
      return (rest * rest * model.hazard[k]) / (survival(t, k) * observed(t));
    };
    const h = (b - a) / PANELS;
    let sum = f(a) + f(b);
    for (let i = 1; i < PANELS; ++i) sum += (i % 2 ? 4 : 2) * f(a + i * h);
    variance += (sum * h) / 3;
  }
  return {rmst: total, variance};
}

export function rmstDesign({control, treatment, tau, alpha, sided, power, ratio, eta, accrualPeriod: A, followUp: F}: RmstDesignInput): RmstDesign {
  if (!(A > 0 && Number.isFinite(A))) throw new RangeError(`accrual period is ${A}, expected a positive number of months`);
  if (!(F >= 0 && Number.isFinite(F))) throw new RangeError(`follow-up is ${F}, expected a number of months >= 0`);
  if (!(eta >= 0 && Number.isFinite(eta))) throw new RangeError(`dropout hazard is ${eta}, expected a finite number >= 0`);
  if (!(tau > 0 && tau < A + F)) throw new RangeError(`tau is ${tau}, expected a time > 0 and before the study ends (${A + F} months)`);
  const {zAlpha, zBeta} = criticalValues({alpha, sided, power});
  const p = treatmentFraction(ratio);
  const observed = (t: number) => Math.exp(-eta * t) * Math.min(1, (A + F - t) / A);
  const c = arm(control, tau, observed, [F]);
  const t = arm(treatment, tau, observed, [F]);
  const difference = t.rmst - c.rmst;
  if (difference === 0) throw new RangeError(`the assumed curves have the same restricted mean up to tau = ${tau}: no trial detects no difference`);
  const patients = ((zAlpha + zBeta) ** 2 * (t.variance / p + c.variance / (1 - p))) / difference ** 2;
  return {tau, control: c, treatment: t, difference, patients, duration: A + F};
}

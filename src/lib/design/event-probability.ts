// How likely a patient's event is seen, with exponential dropout at rate η
// competing: a patient followed for s months has her event observed with
// probability
//   D(s) = ∫₀ˢ λ(t) S(t) e^(−ηt) dt,
// in closed form on a piecewise-exponential curve. Uniform accrual needs the
// integral of D over a range of follow-up times, also closed form:
// on piece k (start t₀, all-cause rate c = λ + η, G₀ = S(t₀) e^(−ηt₀)),
//   D(s) = D(t₀) + (λ / c) G₀ (1 − e^(−c (s − t₀))).
import type {PiecewiseExponential} from "./piecewise-exponential.js";

/** ∫ₐᵇ D(s) ds for 0 <= a <= b, D as above with dropout hazard eta per month. */
export function integratedEventProbability({start, hazard}: PiecewiseExponential, eta: number, a: number, b: number): number {
  if (!(a >= 0 && b >= a)) throw new RangeError(`follow-up range is [${a}, ${b}], expected 0 <= a <= b`);
  if (!(eta >= 0 && Number.isFinite(eta))) throw new RangeError(`dropout hazard is ${eta}, expected a finite number >= 0`);
  let d0 = 0;
  let logG0 = 0;
  let total = 0;
  for (let k = 0; k < start.length; ++k) {
    const t0 = start[k];
    if (t0 >= b) break;
    const t1 = k + 1 < start.length ? start[k + 1] : Infinity;
    const c = hazard[k] + eta;
    const weight = c > 0 ? (hazard[k] / c) * Math.exp(logG0) : 0;
    const lo = Math.max(a, t0);
    const hi = Math.min(b, t1);
    if (hi > lo) {
      const width = hi - lo;
      const curved = c > 0 ? width + (Math.exp(-c * (hi - t0)) - Math.exp(-c * (lo - t0))) / c : 0;
      total += d0 * width + weight * curved;
    }
    if (t1 === Infinity) break;
    d0 += weight * -Math.expm1(-c * (t1 - t0));
    logG0 -= c * (t1 - t0);
  }
  return total;
}

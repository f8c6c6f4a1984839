// Power of the log-rank test after a fixed number of events, when the true
// hazard ratio is hr: the inverse of the event formulas, read for any hr so a
// design's sensitivity to its assumed effect can be drawn. The drift is
//   Schoenfeld: −log(HR) √(d p (1 − p)),   Freedman: √(d r) (1 − HR) / (1 + r HR),
// positive when treatment lowers the hazard. Two-sided power counts both tails
// (so it is α at HR = 1); one-sided power counts the tail of `direction`.
import {normalUpperTail} from "../stats/distributions.js";
import {treatmentFraction} from "./allocation.js";
import {criticalValues, type Sided} from "./critical-values.js";

export type EventFormula = "schoenfeld" | "freedman";

export interface PowerOptions {
  alpha: number;
  sided: Sided;
  /** Treatment : control. */
  ratio?: number;
  /** One-sided tests only: 1 tests that treatment lowers the hazard (HR < 1), −1 that it raises it. */
  direction?: 1 | -1;
}

export function powerAtEvents(formula: EventFormula, hr: number, events: number, {alpha, sided, ratio = 1, direction = 1}: PowerOptions): number {
  if (!(hr > 0 && Number.isFinite(hr))) throw new RangeError(`hazard ratio is ${hr}, expected a positive number`);
  if (!(events >= 0 && Number.isFinite(events))) throw new RangeError(`events is ${events}, expected a number >= 0`);
  const {zAlpha} = criticalValues({alpha, sided, power: 0.5});
  const p = treatmentFraction(ratio);
  const drift = formula === "schoenfeld" ? -Math.log(hr) * Math.sqrt(events * p * (1 - p)) : (Math.sqrt(events * ratio) * (1 - hr)) / (1 + ratio * hr);
  // Φ(x) = P(Z > −x).
  const phi = (x: number) => normalUpperTail(-x);
  return sided === 2 ? phi(drift - zAlpha) + phi(-drift - zAlpha) : phi(direction * drift - zAlpha);
}

// The normal quantiles a fixed design turns on: z for the significance level
// (α/2 per tail when two-sided) and z for the power.
import {normalQuantile} from "../stats/distributions.js";

export type Sided = 1 | 2;

export interface Operating {
  /** Type I error, 0 < alpha < 1 (both tails together when sided = 2). */
  alpha: number;
  sided: Sided;
  /** 1 − type II error, 0 < power < 1. */
  power: number;
}

export interface CriticalValues {
  zAlpha: number;
  zBeta: number;
}

export function criticalValues({alpha, sided, power}: Operating): CriticalValues {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha is ${alpha}, expected a number between 0 and 1`);
  if (sided !== 1 && sided !== 2) throw new RangeError(`sided is ${String(sided)}, expected 1 or 2`);
  if (!(power > 0 && power < 1)) throw new RangeError(`power is ${power}, expected a number between 0 and 1`);
  return {zAlpha: normalQuantile(1 - alpha / sided), zBeta: normalQuantile(power)};
}

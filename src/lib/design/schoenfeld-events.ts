// Schoenfeld (1983, Biometrics 39:499–503): the log-rank test, or the Cox
// score test, has standardized drift log(HR) √(d p (1 − p)) after d events
// with a fraction p randomized to treatment, so
//   d = (z_α + z_β)² / (p (1 − p) log(HR)²).
import {treatmentFraction} from "./allocation.js";
import {checkHazardRatio} from "./check-hazard-ratio.js";
import {criticalValues, type Operating} from "./critical-values.js";

/** Events required (unrounded) to detect hazard ratio hr; ratio = treatment : control allocation. */
export function schoenfeldEvents(hr: number, operating: Operating, ratio = 1): number {
  checkHazardRatio(hr);
  const {zAlpha, zBeta} = criticalValues(operating);
  const p = treatmentFraction(ratio);
  return (zAlpha + zBeta) ** 2 / (p * (1 - p) * Math.log(hr) ** 2);
}

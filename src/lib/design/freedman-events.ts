// Freedman (1982, Stat Med 1:121–129): the expected observed-minus-expected
// of the log-rank test under proportional hazards, with allocation ratio r
// (treatment : control),
//   d = (z_α + z_β)² (1 + r HR)² / (r (1 − HR)²);
// for r = 1, (z_α + z_β)² (1 + HR)² / (1 − HR)².
import {checkHazardRatio} from "./check-hazard-ratio.js";
import {criticalValues, type Operating} from "./critical-values.js";
import {treatmentFraction} from "./allocation.js";

/** Events required (unrounded) to detect hazard ratio hr; ratio = treatment : control allocation. */
export function freedmanEvents(hr: number, operating: Operating, ratio = 1): number {
  checkHazardRatio(hr);
  treatmentFraction(ratio);
  const {zAlpha, zBeta} = criticalValues(operating);
  return ((zAlpha + zBeta) ** 2 * (1 + ratio * hr) ** 2) / (ratio * (1 - hr) ** 2);
}

// The three y scales a survival figure is read on: S(t), 1 − S(t) (the
// cumulative incidence of the event, survminer's fun = "event") and the
// Nelson–Aalen cumulative hazard (R survfit's cumhaz). On 1 − S the band is
// the survival band turned over; the cumulative hazard is drawn without one.
import {cumulativeHazard, type KaplanMeierFit} from "../lib/survival/index.js";

export const Y_SCALES = ["survival", "incidence", "cumhaz"] as const;
export type YScale = (typeof Y_SCALES)[number];

export interface ScaledPoint {
  group: string;
  label: string;
  time: number;
  y: number;
  lower: number | null;
  upper: number | null;
  nRisk: number;
  censored: boolean;
}

/** The curve's points on `scale`, starting at time 0 (S = 1, H = 0), one per fitted time. */
export function scaledPoints({group, label, fit}: {group: string; label: string; fit: KaplanMeierFit}, scale: YScale): ScaledPoint[] {
  const hazard = scale === "cumhaz" ? cumulativeHazard(fit).cumhaz : null;
  const start = {group, label, time: 0, nRisk: fit.n, censored: false};
  const points: ScaledPoint[] = [scale === "cumhaz" ? {...start, y: 0, lower: null, upper: null} : {...start, y: scale === "survival" ? 1 : 0, lower: scale === "survival" ? 1 : 0, upper: scale === "survival" ? 1 : 0}];
  for (let i = 0; i < fit.time.length; ++i) {
    const at = {group, label, time: fit.time[i], nRisk: fit.nRisk[i], censored: fit.nCensor[i] > 0};
    if (hazard) points.push({...at, y: hazard[i], lower: null, upper: null});
    else if (scale === "survival") points.push({...at, y: fit.surv[i], lower: fit.lower[i], upper: fit.upper[i]});
    else points.push({...at, y: 1 - fit.surv[i], lower: fit.upper[i] === null ? null : 1 - fit.upper[i]!, upper: fit.lower[i] === null ? null : 1 - fit.lower[i]!});
  }
  return points;
}

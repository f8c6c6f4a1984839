// Whether a fitted curve says anything at time t. R's summary(fit, times,
// extend = TRUE) carries the last estimate past the last follow-up, but after
// a last censoring the curve is unknown there: a landmark table should show
// no rate rather than the carried one. A curve that has reached 0 stays 0.
import type {KaplanMeierFit} from "./kaplan-meier-curve.js";

/** True when t is at or before the fit's last time, or the curve has reached 0; t >= 0. */
export function isEstimatedAt(fit: Pick<KaplanMeierFit, "time" | "surv">, t: number): boolean {
  const last = fit.time.length - 1;
  if (last < 0) return t <= 0;
  return t <= fit.time[last] || fit.surv[last] === 0;
}

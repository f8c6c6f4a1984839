// One point of a fitted curve: R summary(fit, times = t, extend = TRUE)$surv
// for a single t >= 0, without the counts and limits survivalAtTimes builds.
// For callers that read many single landmarks of many fits.
import type {KaplanMeierFit} from "./kaplan-meier-curve.js";

/** The estimate at the last fitted time at or before t; 1 before the first (R's survfit0 row). */
export function survivalAt(fit: KaplanMeierFit, t: number): number {
  let lo = 0;
  let hi = fit.time.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (fit.time[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 1 : fit.surv[lo - 1];
}

// One point of a fitted curve: R summary(fit, times = t, extend = TRUE)$surv
// for a single t >= 0, without the counts and limits survivalAtTimes builds,
// or the value just before t. For callers that read many single points of
// many fits.
import type {KaplanMeierFit} from "./kaplan-meier-curve.js";

/** How many of the ascending `times` are at or before t (`inclusive`), or strictly before it. */
function stepsUpTo(times: ArrayLike<number>, t: number, inclusive: boolean): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (inclusive ? times[mid] <= t : times[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The estimate at the last fitted time at or before t; 1 before the first (R's survfit0 row). */
export function survivalAt(fit: KaplanMeierFit, t: number): number {
  const steps = stepsUpTo(fit.time, t, true);
  return steps === 0 ? 1 : fit.surv[steps - 1];
}

/** S(t−): the estimate at the last fitted time strictly before t; 1 up to and at the first. */
export function survivalBefore(fit: KaplanMeierFit, t: number): number {
  const steps = stepsUpTo(fit.time, t, false);
  return steps === 0 ? 1 : fit.surv[steps - 1];
}

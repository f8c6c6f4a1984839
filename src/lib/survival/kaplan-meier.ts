// Kaplan-Meier estimate for one sample; R
// summary(survfit(Surv(time, event) ~ 1, conf.type, conf.int), censored = TRUE)
// plus quantile(fit, 0.5) for the median.
import {checkedEvents, checkedTimes, checkLengths, type EventLike} from "./validate-input.js";
import {kaplanMeierCurve, resolveKaplanMeierOptions, type KaplanMeierFit, type KaplanMeierOptions} from "./kaplan-meier-curve.js";
import {tabulateTimes} from "./tabulate-times.js";

export interface SurvivalData {
  time: ArrayLike<number>;
  event: ArrayLike<EventLike>;
}

export function kaplanMeier({time, event}: SurvivalData, options: KaplanMeierOptions = {}): KaplanMeierFit {
  const resolved = resolveKaplanMeierOptions(options);
  const n = time.length;
  if (n === 0) throw new RangeError("time is empty, expected at least one observation");
  checkLengths(n, {event});
  const times = checkedTimes(time);
  const events = checkedEvents(event);
  return kaplanMeierCurve(tabulateTimes(times, events, null, 1), 0, resolved);
}

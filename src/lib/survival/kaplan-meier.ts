// Kaplan-Meier estimate for one sample; R
// summary(survfit(Surv(time, event) ~ 1, conf.type, conf.int), censored = TRUE)
// plus quantile(fit, 0.5) for the median; with entry times,
// survfit(Surv(entry, time, event) ~ 1).
import {checkedEntries, checkedEvents, checkedTimes, checkedWeights, checkLengths, type EventLike} from "./validate-input.js";
import {kaplanMeierCurve, resolveKaplanMeierOptions, type KaplanMeierFit, type KaplanMeierOptions} from "./kaplan-meier-curve.js";
import {tabulateCountingTimes, tabulateTimes} from "./tabulate-times.js";

export interface SurvivalData {
  time: ArrayLike<number>;
  event: ArrayLike<EventLike>;
  /** Delayed entry (left truncation): each subject is at risk on (entry, time], R's Surv(entry, time, event). */
  entry?: ArrayLike<number>;
  /** Case weights: a row of weight w counts as w rows (R's `weights` with `robust = FALSE`), so counts of distinct rows give the rows' estimates. */
  weights?: ArrayLike<number>;
}

export function kaplanMeier({time, event, entry, weights}: SurvivalData, options: KaplanMeierOptions = {}): KaplanMeierFit {
  const resolved = resolveKaplanMeierOptions(options);
  const n = time.length;
  if (n === 0) throw new RangeError("time is empty, expected at least one observation");
  checkLengths(n, {event, entry, weights});
  const times = checkedTimes(time);
  const events = checkedEvents(event);
  const w = weights === undefined ? undefined : checkedWeights(weights);
  const table =
    entry === undefined ? tabulateTimes(times, events, null, 1, undefined, true, w) : tabulateCountingTimes(times, checkedEntries(entry, times), events, null, 1, w);
  return kaplanMeierCurve(table, 0, resolved);
}

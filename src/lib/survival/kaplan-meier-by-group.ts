// One Kaplan-Meier curve per group from a single tabulation of the data; R
// survfit(Surv(time, event) ~ group) split into its curves, or
// survfit(Surv(entry, time, event) ~ group) with entry times.
import {checkedEntries, checkedEvents, checkedTimes, checkedWeights, checkLengths, groupCodes, type EventLike} from "./validate-input.js";
import {kaplanMeierCurve, resolveKaplanMeierOptions, type KaplanMeierFit, type KaplanMeierOptions} from "./kaplan-meier-curve.js";
import {levelOrder} from "./level-order.js";
import {tabulateCountingTimes, tabulateTimes} from "./tabulate-times.js";

export interface GroupedSurvivalData<G> {
  time: ArrayLike<number>;
  event: ArrayLike<EventLike>;
  group: ArrayLike<G>;
  /** Delayed entry: at risk on (entry, time], R's Surv(entry, time, event). */
  entry?: ArrayLike<number>;
  /** Case weights, as kaplanMeier's. */
  weights?: ArrayLike<number>;
}

export interface GroupOptions<G> {
  /** Group order; default: sorted distinct labels, as R's factor(). Labels outside it are an error. */
  levels?: readonly G[];
}

export function kaplanMeierByGroup<G>(
  {time, event, group, entry, weights}: GroupedSurvivalData<G>,
  options: KaplanMeierOptions & GroupOptions<G> = {}
): {group: G; fit: KaplanMeierFit}[] {
  const resolved = resolveKaplanMeierOptions(options);
  const n = time.length;
  if (n === 0) throw new RangeError("time is empty, expected at least one observation");
  checkLengths(n, {event, group, entry, weights});
  const times = checkedTimes(time);
  const events = checkedEvents(event);
  const {codes, levels} = groupCodes(group, "group", options.levels ?? levelOrder(group));
  const w = weights === undefined ? undefined : checkedWeights(weights);
  const table =
    entry === undefined
      ? tabulateTimes(times, events, codes, levels.length, undefined, true, w)
      : tabulateCountingTimes(times, checkedEntries(entry, times), events, codes, levels.length, w);
  return levels.map((level, g) => ({group: level, fit: kaplanMeierCurve(table, g, resolved)}));
}

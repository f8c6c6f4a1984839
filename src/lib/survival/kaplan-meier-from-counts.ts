// A Kaplan–Meier fit from its own count columns, so a fit can be stored or
// sent as its counts alone (a fifth of its size) and rebuilt to the last bit:
// every derived column (surv, stdErr, the limits, the median) is a function of
// the per-time counts, which the same curve code turns into the same numbers.
import {kaplanMeierCurve, resolveKaplanMeierOptions, type KaplanMeierFit, type KaplanMeierOptions} from "./kaplan-meier-curve.js";

/** The count columns of a KaplanMeierFit: one row per distinct exit time, increasing; nEnter only with delayed entry. */
export interface KaplanMeierCounts {
  time: ArrayLike<number>;
  nEvent: ArrayLike<number>;
  nCensor: ArrayLike<number>;
  nEnter?: ArrayLike<number>;
}

export function kaplanMeierFromCounts({time, nEvent, nCensor, nEnter}: KaplanMeierCounts, options: KaplanMeierOptions = {}): KaplanMeierFit {
  const rows = time.length;
  if (nEvent.length !== rows || nCensor.length !== rows || (nEnter && nEnter.length !== rows)) {
    throw new RangeError(`counts have ${rows} times, ${nEvent.length} event counts, ${nCensor.length} censoring counts${nEnter ? ` and ${nEnter.length} entry counts` : ""}, expected one of each per time`);
  }
  const table = {times: Float64Array.from(time), groups: 1, events: Float64Array.from(nEvent), censored: Float64Array.from(nCensor)};
  if (!nEnter) return kaplanMeierCurve(table, 0, resolveKaplanMeierOptions(options));
  // nEnter[r] counts entries in [time[r - 1], time[r]); on a grid of exit times alone they sit at time[r - 1], so
  // every entry before time[r] leaves the risk set at time[r] and later, as it did on the rows' grid.
  const entered = new Float64Array(rows);
  for (let r = 0; r + 1 < rows; ++r) entered[r] = nEnter[r + 1];
  return kaplanMeierCurve({...table, entered}, 0, resolveKaplanMeierOptions(options));
}

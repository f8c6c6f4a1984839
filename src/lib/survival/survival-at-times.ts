// A fitted curve read off at chosen times (landmarks, risk tables), with R's
// summary(fit, times = times, extend = extend) semantics:
// - times are sorted; non-finite times are dropped;
// - the curve starts at time 0 with S = 1, standard error 0 and limits 1
//   (R's survfit0), so times before the first observation give that row;
// - n at risk at t is the fit's n at risk at its first time >= t (0 past the
//   last time): subjects with time >= t, or, with entry times, those at risk
//   at that next fitted time (R's rule, even inside a gap where nobody is);
// - nEvent and nCensor count what happened in (previous requested time, t];
// - with extend = false (the default) times past the last observed time are
//   dropped, and R stops when nothing is left: so does this function.
import type {KaplanMeierFit} from "./kaplan-meier-curve.js";

export interface AtTimesOptions {
  /** Keep times past the last observation (S stays at its last value, n at risk is 0). Default false. */
  extend?: boolean;
}

export interface SurvivalAtTimes {
  time: number[];
  nRisk: number[];
  nEvent: number[];
  nCensor: number[];
  surv: number[];
  stdErr: (number | null)[];
  lower: (number | null)[];
  upper: (number | null)[];
}

export function survivalAtTimes(fit: KaplanMeierFit, times: ArrayLike<number>, {extend = false}: AtTimesOptions = {}): SurvivalAtTimes {
  // The curve with R's time-0 row in front unless it already starts at 0.
  const prepend = fit.time.length === 0 || fit.time[0] !== 0 ? 1 : 0;
  const rows = fit.time.length + prepend;
  const at = (r: number) => r - prepend;
  const rowTime = (r: number) => (r < prepend ? 0 : fit.time[at(r)]);
  const lastTime = rowTime(rows - 1);
  // R's survfit0 row copies the first row's n at risk: everyone without entry times.
  const firstRisk = fit.time.length > 0 ? fit.nRisk[0] : fit.n;

  const requested = Array.from(times)
    .filter((t) => Number.isFinite(t))
    .sort((a, b) => a - b)
    .filter((t) => extend || t <= lastTime);
  if (requested.length === 0) {
    throw new RangeError("no points selected for one or more curves, consider using the extend argument");
  }

  const cumEvent = new Float64Array(rows + 1);
  const cumCensor = new Float64Array(rows + 1);
  for (let r = prepend; r < rows; ++r) {
    cumEvent[r + 1] = cumEvent[r] + fit.nEvent[at(r)];
    cumCensor[r + 1] = cumCensor[r] + fit.nCensor[at(r)];
  }

  const out: SurvivalAtTimes = {time: [], nRisk: [], nEvent: [], nCensor: [], surv: [], stdErr: [], lower: [], upper: []};
  let upTo = 0; // rows with time <= t (R's findInterval)
  let below = 0; // rows with time < t
  let previousEvents = 0;
  let previousCensored = 0;
  for (const t of requested) {
    while (upTo < rows && rowTime(upTo) <= t) ++upTo;
    while (below < rows && rowTime(below) < t) ++below;
    const r = Math.max(upTo, 1) - 1;
    const first = r < prepend;
    out.time.push(t);
    out.surv.push(first ? 1 : fit.surv[at(r)]);
    out.stdErr.push(first ? 0 : fit.stdErr[at(r)]);
    out.lower.push(first ? 1 : fit.lower[at(r)]);
    out.upper.push(first ? 1 : fit.upper[at(r)]);
    out.nRisk.push(below < rows ? (below < prepend ? firstRisk : fit.nRisk[at(below)]) : 0);
    out.nEvent.push(cumEvent[upTo] - previousEvents);
    out.nCensor.push(cumCensor[upTo] - previousCensored);
    previousEvents = cumEvent[upTo];
    previousCensored = cumCensor[upTo];
  }
  return out;
}

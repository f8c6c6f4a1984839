// Kaplan-Meier curve for one group of a TimeTable: the shared body of
// kaplanMeier and kaplanMeierByGroup. Arithmetic follows survival's
// survfitkm.c step for step, so survival values are bit-identical to R's.
import {normalQuantile} from "../stats/distributions.js";
import {confidenceLimits, confTypes, type ConfTypeOption} from "./confidence-band.js";
import {survivalQuantile} from "./survival-quantile.js";
import type {CountingTimeTable, TimeTable} from "./tabulate-times.js";

export interface KaplanMeierOptions {
  /**
   * Scale of the pointwise confidence limits; R survfit's conf.type (default
   * "log"). "none" leaves every limit null, for callers that need only the
   * estimates (the reconstruction's search fits hundreds of thousands of curves).
   */
  confType?: ConfTypeOption;
  /** Coverage of the confidence limits; R's conf.int (default 0.95). */
  confLevel?: number;
}

export interface KaplanMeierFit {
  /** Number of subjects. */
  n: number;
  /** One row per distinct observed time (event or censoring), increasing. */
  time: Float64Array;
  nRisk: Float64Array;
  nEvent: Float64Array;
  nCensor: Float64Array;
  /**
   * Only for (entry, time] data: subjects whose entry lies in [previous row's
   * time, this row's time), so nRisk[r] = nRisk[r - 1] - nEvent[r - 1] -
   * nCensor[r - 1] + nEnter[r] (R's survfit returns no n.enter for this fit).
   */
  nEnter?: Float64Array;
  /** Kaplan-Meier estimate just after each time. */
  surv: Float64Array;
  /** Greenwood standard error of S(t) (R summary's std.err); null where R gives NaN (S = 0). */
  stdErr: (number | null)[];
  lower: (number | null)[];
  upper: (number | null)[];
  /** Median survival and its confidence limits (R quantile(fit, 0.5)); null where not reached. */
  median: {estimate: number | null; lower: number | null; upper: number | null};
  confType: ConfTypeOption;
  confLevel: number;
}

export function resolveKaplanMeierOptions(options: KaplanMeierOptions): {confType: ConfTypeOption; confLevel: number} {
  const confType = options.confType ?? "log";
  const confLevel = options.confLevel ?? 0.95;
  if (confType !== "none" && !confTypes.includes(confType)) {
    throw new RangeError(`confType is ${String(confType)}, expected "log", "log-log", "plain" or "none"`);
  }
  if (!(confLevel > 0 && confLevel < 1)) {
    throw new RangeError(`confLevel is ${String(confLevel)}, expected a number between 0 and 1`);
  }
  return {confType, confLevel};
}

const nullToNaN = (v: number | null): number => (v === null ? NaN : v);

export function kaplanMeierCurve(
  table: TimeTable | CountingTimeTable,
  g: number,
  {confType, confLevel}: {confType: ConfTypeOption; confLevel: number}
): KaplanMeierFit {
  const {times, groups: k, events, censored} = table;
  const m = times.length;

  let rows = 0;
  let n = 0;
  for (let j = 0; j < m; ++j) {
    const c = events[j * k + g] + censored[j * k + g];
    if (c > 0) ++rows;
    n += c;
  }

  // The five columns share one buffer: the search fits small curves hundreds
  // of thousands of times, and each typed-array allocation costs more than
  // filling a column.
  const entered = "entered" in table ? table.entered : null;
  const columns = new Float64Array((entered ? 6 : 5) * rows);
  const column = (c: number) => columns.subarray(c * rows, (c + 1) * rows);
  const [time, nRisk, nEvent, nCensor, surv] = [0, 1, 2, 3, 4].map(column);
  for (let j = 0, r = 0; j < m; ++j) {
    const d = events[j * k + g];
    const c = censored[j * k + g];
    if (d + c === 0) continue;
    time[r] = times[j];
    nEvent[r] = d;
    nCensor[r] = c;
    ++r;
  }
  let nEnter: Float64Array | undefined;
  if (entered) {
    // At risk at t: entry < t <= time, so an entry at t itself does not count.
    for (let j = m - 1, r = rows - 1, atRisk = 0; j >= 0; --j) {
      const leaving = events[j * k + g] + censored[j * k + g];
      atRisk += leaving - entered[j * k + g];
      if (leaving > 0) nRisk[r--] = atRisk;
    }
    nEnter = column(5);
    for (let r = 0; r < rows; ++r) nEnter[r] = r === 0 ? nRisk[0] : nRisk[r] - nRisk[r - 1] + nEvent[r - 1] + nCensor[r - 1];
  } else {
    for (let r = rows - 1, atRisk = 0; r >= 0; --r) {
      atRisk += nEvent[r] + nCensor[r];
      nRisk[r] = atRisk;
    }
  }

  const zval = normalQuantile(1 - (1 - confLevel) / 2);
  const stdErr: (number | null)[] = new Array(rows);
  const lower: (number | null)[] = new Array(rows);
  const upper: (number | null)[] = new Array(rows);
  let km = 1;
  let greenwood = 0;
  for (let r = 0; r < rows; ++r) {
    const d = nEvent[r];
    const atRisk = nRisk[r];
    if (d > 0) {
      km *= (atRisk - d) / atRisk;
      greenwood += d / (atRisk * (atRisk - d));
    }
    const se = Math.sqrt(greenwood);
    surv[r] = km;
    const absolute = se * km;
    stdErr[r] = Number.isNaN(absolute) ? null : absolute;
    if (confType === "none") lower[r] = upper[r] = null;
    else [lower[r], upper[r]] = confidenceLimits(km, se, zval, confType);
  }

  const estimate = survivalQuantile(time, surv);
  const median =
    confType === "none"
      ? {estimate, lower: null, upper: null}
      : {estimate, lower: survivalQuantile(time, lower.map(nullToNaN)), upper: survivalQuantile(time, upper.map(nullToNaN))};
  const fit: KaplanMeierFit = {n, time, nRisk, nEvent, nCensor, surv, stdErr, lower, upper, median, confType, confLevel};
  if (nEnter) fit.nEnter = nEnter;
  return fit;
}

// The numbers behind a Kaplan–Meier figure as flat rows for CSV: the curve as
// R's summary(fit, censored = TRUE) prints it (one row per distinct time, so a
// time-0 event is one row, not a second start row), and the risk table under
// the axis ticks. A chart whose times are months heads the time column
// time_months, whatever unit its axis shows.
import {riskTable, type KaplanMeierFit} from "../lib/survival/index.js";

export interface LabelledFit {
  label: string;
  fit: KaplanMeierFit;
}

export interface CurveRow {
  group: string;
  time: number;
  n_risk: number;
  n_event: number;
  n_censor: number;
  surv: number;
  lower: number | null;
  upper: number | null;
}

export interface RiskRow {
  group: string;
  time: number;
  n_risk: number;
  cum_censored: number;
  cum_events: number;
}

/** One row per curve and distinct observed time, with the counts at that time and S(t) with its confidence limits. */
export function curveRows(curves: readonly LabelledFit[]): CurveRow[] {
  return curves.flatMap(({label, fit}) =>
    Array.from(fit.time, (time, i) => ({
      group: label,
      time,
      n_risk: fit.nRisk[i],
      n_event: fit.nEvent[i],
      n_censor: fit.nCensor[i],
      surv: fit.surv[i],
      lower: fit.lower[i],
      upper: fit.upper[i]
    }))
  );
}

/** One row per curve and tick: at risk at the tick, censored and events accumulated up to it (the figure's risk table). */
export function riskRows(curves: readonly LabelledFit[], ticks: readonly number[]): RiskRow[] {
  return curves.flatMap(({label, fit}) => {
    const table = riskTable(fit, ticks, {extend: true});
    return table.time.map((time, i) => ({group: label, time, n_risk: table.nRisk[i], cum_censored: table.cumCensored[i], cum_events: table.cumEvents[i]}));
  });
}

/** `rows` with their time column headed `time_months`, in the same place: a CSV read away from the chart still says its unit. */
export function headedInMonths(rows: readonly {time: number}[]): Record<string, unknown>[] {
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key === "time" ? "time_months" : key, value])));
}

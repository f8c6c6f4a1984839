// The chart settings kmChart reads from the address when it draws: the y
// scale, the confidence bands, the time axis, the pooled curve and the hidden
// curves. A chart of a reader's own file keeps its x-range apart (csv_xmax),
// in that file's unit. A chart drawn under other settings is not what a fresh draw would
// show. Every chart on a page follows one setting: a change is written to the
// address and announced on the document, where each chart and each set of
// chart controls (km-chart-controls.ts) hears it.
import {Y_SCALES, type YScale} from "./km-y-scale.js";
import {setUrlParam, urlParam} from "./url-state.js";

/** Every address key a chart is drawn under; a page that rewrites its address keeps them. */
export const CHART_SETTING_KEYS = ["yscale", "bands", "xunit", "xmax", "csv_xmax", "pooled", "hide"] as const;

/** Announced when the y scale changes (the event's detail is the new scale): charts draw their curves again in place. */
export const SCALE_EVENT = "km-chart-y-scale";
/** Announced when the confidence bands are shown or hidden. */
export const BANDS_EVENT = "km-chart-bands";
/** Announced when the time unit, the x-range or the pooled curve changes: every chart is drawn again (ticks and risk table follow). */
export const TIME_EVENT = "km-chart-time-axis";

/** The settings the chart controls change, with each one's value when the address does not hold it. */
export const CHART_SETTING_DEFAULTS = {yscale: "survival", bands: "1", xunit: "months", xmax: "", csv_xmax: "", pooled: "0"} as const;
export type ChartSetting = keyof typeof CHART_SETTING_DEFAULTS;
/** The time units the x-axis can be read in (xunit). */
export const TIME_UNITS = ["months", "years"] as const;

const EVENTS: Record<ChartSetting, string> = {yscale: SCALE_EVENT, bands: BANDS_EVENT, xunit: TIME_EVENT, xmax: TIME_EVENT, csv_xmax: TIME_EVENT, pooled: TIME_EVENT};

/** The x-range setting's months: a positive number, or null for the whole follow-up. */
export function parseXmax(text: string | null): number | null {
  const value = Number(text);
  return text !== null && text.trim() !== "" && Number.isFinite(value) && value > 0 ? value : null;
}

/** The chart settings kmChart draws under, as the address gives them. */
export interface ChartSettings {
  yscale: YScale;
  bands: boolean;
  xunit: (typeof TIME_UNITS)[number];
  /** Months, or null for the whole follow-up. */
  xmax: number | null;
  /** The x-range of a chart of a reader's own file, in that file's unit of time (csv_xmax), or null: it is not the months of the others. */
  fileXmax: number | null;
  pooled: boolean;
}

/** The address's chart settings, a setting it does not give, or gives as no allowed value, at its default. */
export function chartSettings(): ChartSettings {
  const defaults = CHART_SETTING_DEFAULTS;
  return {
    yscale: urlParam("yscale", Y_SCALES, defaults.yscale),
    bands: urlParam("bands", ["0", "1"], defaults.bands) === "1",
    xunit: urlParam("xunit", TIME_UNITS, defaults.xunit),
    xmax: parseXmax(new URLSearchParams(location.search).get("xmax")),
    fileXmax: parseXmax(new URLSearchParams(location.search).get("csv_xmax")),
    pooled: urlParam("pooled", ["0", "1"], defaults.pooled) === "1"
  };
}

/** Writes `value` for `key` to the address and announces it to every chart and chart control on the page. */
export function setChartSetting(key: ChartSetting, value: string): void {
  setUrlParam(key, value, CHART_SETTING_DEFAULTS[key]);
  document.dispatchEvent(new CustomEvent(EVENTS[key], {detail: value}));
}

/** The address key of a chart's x-range: xmax, in months, or csv_xmax for a chart of a reader's file in that file's unit. */
export function xRangeKey(timeInMonths: boolean): "xmax" | "csv_xmax" {
  return timeInMonths ? "xmax" : "csv_xmax";
}

/** The x-range a chart is drawn to, of `settings` (chartSettings): its months, or a reader's file's own range. */
export function xRange(settings: ChartSettings, timeInMonths: boolean): number | null {
  return timeInMonths ? settings.xmax : settings.fileXmax;
}

/** The address's chart settings as one string, equal for two addresses exactly when kmChart would draw the same chart. */
export function kmChartSettings(): string {
  const params = new URLSearchParams(location.search);
  return CHART_SETTING_KEYS.map((key) => params.get(key) ?? "").join("\u0000");
}

/**
 * True when every Kaplan–Meier chart in `node` (or `node` itself) was drawn under the address's chart settings and has
 * followed each change since: km-chart.ts stamps a chart with the settings it shows and drops the stamp when it misses
 * a change, off the page or set aside. A node with no chart in it always is.
 */
export function followsChartSettings(node: Element): boolean {
  const settings = kmChartSettings();
  const charts = [...(node.matches(".km-chart") ? [node] : []), ...node.querySelectorAll(".km-chart")];
  return charts.every((chart) => (chart as HTMLElement).dataset.settings === settings);
}

// Kaplan–Meier figure in the KMunicate style: step curves with censor marks,
// optional confidence bands and median guides, a hover tooltip, and a table of
// numbers at risk, censored and with events aligned under the x-axis ticks.
import * as Plot from "@observablehq/plot";
import {nice} from "d3";
import {formatConfLevel} from "../lib/format/interval.js";
import {isEstimatedAt, survivalAtTimes, type KaplanMeierFit} from "../lib/survival/index.js";
import {downloadButtons, type CsvDownload} from "./download-buttons.js";
import {dropPlotStyle} from "./drop-plot-style.js";
import {embeddedFont} from "./embedded-font.js";
import {figureSvg} from "./figure-svg.js";
import {nowrapIntervals} from "./nowrap-intervals.js";
import {curveRows, headedInMonths, riskRows} from "./km-table-rows.js";
import {pooledFit} from "./pooled-fit.js";
import {annotationCorner, type Corner} from "./annotation-corner.js";
import {shortCurve} from "./short-curve.js";
import {wrapText} from "./wrap-text.js";
import {chartColors} from "./palette.js";
import {monthTicks, yearTicks} from "./time-ticks.js";
import {setUrlParam} from "./url-state.js";
import {BANDS_EVENT, SCALE_EVENT, TIME_EVENT, chartSettings, kmChartSettings, setChartSetting, xRange, xRangeKey} from "./km-chart-settings.js";
import {kmChartControls} from "./km-chart-controls.js";
import {isSetAside} from "./set-aside.js";
import {scaledPoints, type ScaledPoint, type YScale} from "./km-y-scale.js";

export interface KmCurve {
  group: string;
  label?: string;
  /** Null for a group with no patients: the chart says so instead of drawing it. */
  fit: KaplanMeierFit | null;
}

/** A curve that is drawn: it has a fit, and its label (the group when none is given). */
interface DrawnCurve {
  group: string;
  label: string;
  fit: KaplanMeierFit;
}

export interface KmChartOptions {
  width: number;
  height?: number;
  xLabel?: string;
  yLabel?: string;
  title?: string;
  showMedian?: boolean;
  maxTime?: number;
  /** Curves with fewer subjects are not drawn; the chart says so instead. */
  minSubjects?: number;
  filename?: string;
  /** The heading of the downloaded figure (on the page, the card's heading says it). */
  exportTitle?: string;
  /** Lines drawn on the figure itself where the curves leave room (top right for S, top left for rising scales): the test and the hazard ratio. */
  annotation?: readonly string[];
  /** The patient rows behind the figure (the current filter), offered as a CSV. */
  patients?: () => readonly object[];
  /** The curve CSV made where the whole fits are, when the fits drawn are cut to the chart (drawable-curve.ts) and so hold fewer steps. */
  curveCsv?: () => Promise<string>;
  /** False when the page shows the chart settings' fields itself (km-chart-controls.ts), beside a place that keeps charts. */
  controls?: boolean;
  /** False when the times are in a unit the chart does not know (a file's own): the axis then offers no years and names no unit. */
  timeInMonths?: boolean;
}

/** True when kmChart can draw the pooled curve of `curves`: more than one is drawn, and none has delayed entry. */
export function canPoolCurves(curves: readonly KmCurve[], minSubjects = 1): boolean {
  const fits = curves.flatMap(({fit}) => (fit !== null && fit.n >= minSubjects ? [fit] : []));
  return fits.length > 1 && fits.every((fit) => fit.nEnter === undefined);
}

// Wide enough for the y-axis percentages and the risk table's measure names;
// group names head their own rows, so a long name never narrows the curves.
const MARGIN_LEFT = 68;
// The widest measure name, "Censored", is about 47 px at the table's 12 px in the site's face (embedded in exports too).
const MEASURE_WIDTH = 50;
const MARGIN_RIGHT = 16;
const MARGIN_TOP = 20;
const MARGIN_BOTTOM = 30;
const MEASURES = ["At risk", "Censored", "Events"] as const;
// The test line's distance from the frame's edges, and the corners it tries in turn, by the way the curves run.
const ANNOTATION_INSET = 6;
const FALLING_CORNERS: readonly Corner[] = ["top-right", "bottom-left", "bottom-right", "top-left"];
const RISING_CORNERS: readonly Corner[] = ["top-left", "bottom-right", "bottom-left", "top-right"];
const RISK_ROW_HEIGHT = 18;
const Y_LABELS = {incidence: "With event, 1 − S(t)", cumhaz: "Cumulative hazard (Nelson–Aalen)"};
const SCALE_NAMES: Record<string, string> = {log: "log", "log-log": "log-log", plain: "plain (linear)", none: "no"};
// Risk-table and annotation text in the page's foreground colour, large enough to read on a slide.
const TABLE_FONT_SIZE = 12;
const SVG = "http://www.w3.org/2000/svg";
// As Plot's text mark formats a number; one formatter, as toLocaleString would build one per call.
const formatCount = new Intl.NumberFormat("en-US").format;

/**
 * The closest tick spacing, in pixels, at which the risk table's widest
 * number (the largest group's size) still reads apart from its neighbours:
 * a digit is about 0.6 em wide, plus a 10 px gap.
 */
function tickSpacing(largestGroup: number): number {
  return Math.ceil(String(largestGroup).length * 0.6 * TABLE_FONT_SIZE + 10);
}

/** The gap between a measure's name and the first column's numbers, which are centred on time 0: half the widest number, and 6 px. */
function measurePadding(largestGroup: number): number {
  return 6 + Math.ceil((String(largestGroup).length * 0.6 * TABLE_FONT_SIZE) / 2);
}

/**
 * The band's points: as the curve, but where the band ends (S = 0 leaves no
 * interval) the last interval is carried to that time first, so the final
 * step is drawn, as survminer's ggsurvplot does.
 */
function bandPoints(points: ScaledPoint[]): ScaledPoint[] {
  const band: ScaledPoint[] = [];
  points.forEach((p, i) => {
    const previous = points[i - 1];
    if (p.lower === null && previous && previous.group === p.group && previous.lower !== null) band.push({...p, lower: previous.lower, upper: previous.upper});
    band.push(p);
  });
  return band;
}

/** Numbers at risk at each tick, and censored and events accumulated up to it (KMunicate), from the engine's riskTable. */
function riskTableRows(curves: DrawnCurve[], ticks: number[]): {row: string; time: number; value: number}[] {
  return curves.flatMap(({label, fit}, c) =>
    riskRows([{label, fit}], ticks).flatMap(({time, n_risk, cum_censored, cum_events}) =>
      [n_risk, cum_censored, cum_events].map((value, m) => ({row: riskRow(c, MEASURES[m]), time, value}))
    )
  );
}

/**
 * The risk table's numbers as one SVG text per row, a tspan centred at each tick: the browser lays out a box per text,
 * and one per row rather than per number cut the longest task of /progression's first visits from 15–19 to 11–13 ms
 * of CPU (bench:browser, two runs each).
 */
function riskNumbers(cells: {row: string; time: number; value: number}[]): Plot.RenderFunction {
  return (_index, {x, y}) => {
    const g = document.createElementNS(SVG, "g");
    g.setAttribute("aria-label", "numbers");
    g.setAttribute("font-variant", "tabular-nums");
    const rows = new Map<string, SVGTextElement>();
    for (const {row, time, value} of cells) {
      let text = rows.get(row);
      if (!text) {
        text = document.createElementNS(SVG, "text");
        // Plot's text mark centres a line on its y with the same offset.
        text.setAttribute("y", String(y!(row)! + 0.32 * TABLE_FONT_SIZE));
        rows.set(row, text);
        g.append(text);
      }
      const tspan = document.createElementNS(SVG, "tspan");
      tspan.setAttribute("x", String(x!(time)));
      tspan.textContent = formatCount(value);
      text.append(tspan);
    }
    return g;
  };
}

/** The risk table's row keys: a heading row per curve, then one row per measure (keys stay unique whatever the labels). */
const riskRow = (curve: number, measure = "") => `${curve}|${measure}`;
const riskRowLabel = (row: string) => row.slice(row.indexOf("|") + 1);

function riskTablePlot(curves: DrawnCurve[], ticks: number[], {width, marginLeft, padding, x, color}: {width: number; marginLeft: number; padding: number; x: Plot.ScaleOptions; color: Plot.ScaleOptions}): SVGSVGElement {
  const rows = curves.flatMap((_, c) => [riskRow(c), ...MEASURES.map((m) => riskRow(c, m))]);
  const table = Plot.plot({
    width,
    height: RISK_ROW_HEIGHT * rows.length + 28,
    marginLeft,
    marginRight: MARGIN_RIGHT,
    marginTop: 8,
    x: {...x, axis: null},
    // The padding keeps a measure's name clear of the first column's numbers.
    y: {domain: rows, tickFormat: riskRowLabel, label: null, tickSize: 0, tickPadding: padding},
    color,
    style: {fontSize: `${TABLE_FONT_SIZE}px`, fontFamily: "var(--sans-serif)"},
    ariaLabel: "Numbers at risk, censored and with events at each tick",
    marks: [
      // The colour key sits beside each heading; the text itself stays in the foreground colour, which reads at 4.5:1 in both themes.
      Plot.dot(curves, {y: (_, c) => riskRow(c), fill: "label", symbol: "square", r: 4.5, frameAnchor: "left", dx: 9 - marginLeft}),
      Plot.text(curves, {y: (_, c) => riskRow(c), text: "label", frameAnchor: "left", textAnchor: "start", dx: 18 - marginLeft, fontWeight: "bold"}),
      riskNumbers(riskTableRows(curves, ticks))
    ]
  }) as SVGSVGElement;
  table.classList.add("km-risk-table");
  return dropPlotStyle(table);
}

let noticeFaceAsked = false;

/**
 * Loads the italic the notice is set in when a page draws its first chart: a change that first showed a notice would
 * fetch it then, and lay the whole page out again when it arrived. The Latin faces only, those covering a space. A
 * failed fetch leaves the notice in the browser's own italic, as the stylesheet would.
 */
function loadNoticeFace(): void {
  if (noticeFaceAsked || typeof document.fonts?.load !== "function") return;
  noticeFaceAsked = true;
  document.fonts.load(`italic 1em ${getComputedStyle(document.documentElement).getPropertyValue("--sans-serif")}`).catch(() => {});
}

function emptyNotice(message: string): HTMLElement {
  const p = document.createElement("p");
  p.className = "km-chart-notice";
  p.setAttribute("role", "status");
  p.textContent = message;
  return p;
}

function textAlternative(curves: DrawnCurve[], ticks: number[], level: string, months: boolean): HTMLElement {
  const details = document.createElement("details");
  details.className = "km-chart-numbers";
  const summary = document.createElement("summary");
  summary.textContent = "The numbers behind this chart";
  const table = document.createElement("table");
  // It scrolls sideways when the ticks outnumber the card's width: focusable, so a keyboard can scroll it.
  table.tabIndex = 0;
  const times = ticks.slice(1);
  const head = ["Group", "n", `Median (${level} CI)`, ...times.map((t) => `S(${t})`)];
  table.innerHTML = `<caption>S(t): percent without event at ${months ? "t months" : "time t"}; — past a group's last follow-up, unless its curve reached 0.</caption><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join("")}</tr></thead>`;
  const body = document.createElement("tbody");
  const fmt = (x: number | null) => (x === null ? "NR" : x.toFixed(1));
  for (const {label, fit} of curves) {
    const tr = document.createElement("tr");
    // extend carries the last estimate past the last follow-up, where the curve is unknown: those cells stay blank, as in the landmark table.
    const landmarks = survivalAtTimes(fit, times, {extend: true}).surv.map((s, k) => (isEstimatedAt(fit, times[k]) ? `${(100 * s).toFixed(0)}%` : "—"));
    const cells = [label, String(fit.n), `${fmt(fit.median.estimate)} (${fmt(fit.median.lower)}–${fmt(fit.median.upper)})`, ...landmarks];
    tr.innerHTML = cells.map((c, k) => (k === 0 ? `<th scope="row">${c}</th>` : `<td>${nowrapIntervals(c)}</td>`)).join("");
    body.append(tr);
  }
  table.append(body);
  details.append(summary, table);
  return details;
}

/** A curve's steps at the resolution drawn, once there are more points than pixels across: each curve's first point and its last in each pixel's width, so each drop still falls within the pixel it did and a large file's curves draw in a few milliseconds. */
function atPixels<P extends {time: number; label: string}>(points: P[], xEnd: number, plotWidth: number): P[] {
  if (points.length <= plotWidth) return points;
  const column = (p: P) => Math.floor((p.time / xEnd) * plotWidth);
  return points.filter((p, i) => {
    const before = points[i - 1];
    const after = points[i + 1];
    return !before || before.label !== p.label || !after || after.label !== p.label || column(after) !== column(p);
  });
}

// A censor mark is 7 pixels across: marks closer than this overlap as one.
const MARK_CELL = 3;

function onePerCell<P extends {time: number; y: number; label: string}>(marks: P[], xEnd: number, plotWidth: number, height: number): P[] {
  if (marks.length <= plotWidth) return marks;
  const seen = new Set<string>();
  return marks.filter((p) => {
    const key = `${p.label}\u0000${Math.round((p.time / xEnd) * plotWidth / MARK_CELL)}\u0000${Math.round((p.y * height) / MARK_CELL)}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

export function kmChart(curves: KmCurve[], options: KmChartOptions): HTMLElement {
  const {width, height = 340, xLabel = "Months", yLabel = "Proportion without event", title, showMedian = true, minSubjects = 1, filename = "kaplan-meier", annotation = []} = options;
  loadNoticeFace();
  const figure = document.createElement("figure");
  figure.className = "km-chart";
  if (title) {
    const caption = document.createElement("figcaption");
    caption.textContent = title;
    figure.append(caption);
  }
  const drawn: DrawnCurve[] = [];
  for (const {group, label = group, fit} of curves) {
    if (fit !== null && fit.n >= minSubjects) drawn.push({group, label, fit});
    else {
      const n = fit?.n ?? 0;
      figure.append(emptyNotice(n === 0 ? `No patients in ${label} under the current filters.` : `Only ${n} patient${n === 1 ? "" : "s"} in ${label}: too few to draw a curve.`));
    }
  }
  if (drawn.length === 0) {
    figure.dataset.settings = kmChartSettings();
    return figure;
  }
  // The pooled curve of all the groups drawn, on request (pooled=1 in the URL), where the fits allow it.
  const canPool = canPoolCurves(curves, minSubjects);
  const settings = chartSettings();
  const pooled = canPool && settings.pooled ? pooledFit(drawn.map((c) => c.fit)) : null;
  if (pooled) drawn.push({group: "all", label: "All patients", fit: pooled});
  // Every curve of one chart is fitted at the same confidence level.
  const level = formatConfLevel(drawn[0].fit.confLevel);

  // The time axis, kept in the URL: months or years, and how far it runs (xmax, in months; the curves are cut there).
  // Times in a file's own unit are never turned into years: that unit may be days.
  const months = options.timeInMonths !== false;
  const unit = months ? settings.xunit : "months";
  // A file's own unit has its own range (csv_xmax): the cohort's charts on the same page are in months.
  const xmax = xRange(settings, months);
  const maxTime = xmax ?? options.maxTime ?? Math.max(...drawn.map((c) => (c.fit.time.length ? c.fit.time[c.fit.time.length - 1] : 0)));
  // As many ticks as the risk table's numbers allow, so a short curve still spans several on a phone.
  // Wider cards keep the roomier spacing: denser ticks there add text to redraw without helping any curve.
  const largestGroup = Math.max(...drawn.map((c) => c.fit.n));
  const spacing = Math.max(tickSpacing(largestGroup), width >= 640 ? 45 : 0);
  // Room for the measure names beside the first column's numbers, however many digits those have.
  const padding = measurePadding(largestGroup);
  const marginLeft = Math.max(MARGIN_LEFT, MEASURE_WIDTH + padding);
  const plotWidth = width - marginLeft - MARGIN_RIGHT;
  const maxTicks = Math.max(4, Math.floor(plotWidth / spacing) + 1);
  // An x-range ends the axis there, the last tick at or before it; the whole follow-up ends it at a tick.
  // Years read as whole or half years: at most eight ticks, so three years tick every half year, not every quarter.
  const axisTicks = unit === "years" ? yearTicks(maxTime, Math.min(maxTicks, 8)) : monthTicks(maxTime, maxTicks);
  const xEnd = xmax ?? axisTicks[axisTicks.length - 1];
  const ticks = axisTicks.filter((t) => t <= xEnd);
  const frameHeight = height - MARGIN_TOP - MARGIN_BOTTOM;
  // The test line and the hazard ratio sit in the first corner, in this scale's order, that no curve shown, nor a median guide, passes through.
  const annotationText = annotation.length ? wrapText(annotation, plotWidth - 2 * ANNOTATION_INSET, {fontSize: TABLE_FONT_SIZE, fontWeight: "bold"}) : null;
  const annotationPlace = (shown: DrawnCurve[], points: ScaledPoint[], yTop: number, scale: YScale, medians: readonly number[]) => {
    const curves = shown.map(({label}) => points.filter((p) => p.label === label).map((p) => ({x: p.time / xEnd, y: p.y / yTop})));
    // The dashed median guides, as lines of their own: along 50% to the median, and from the axis up to it.
    for (const median of medians) curves.push([{x: 0, y: 0.5}, {x: median / xEnd, y: 0.5}], [{x: median / xEnd, y: 0}, {x: median / xEnd, y: 0.5}]);
    // Clear of the censor marks' arms, too.
    const box = {width: (annotationText!.width + ANNOTATION_INSET + 4) / plotWidth, height: (annotationText!.lines.length * TABLE_FONT_SIZE + ANNOTATION_INSET + 4) / frameHeight};
    return annotationCorner(curves, box, scale === "survival" ? FALLING_CORNERS : RISING_CORNERS);
  };
  const domain = drawn.map((c) => c.label);
  const range = chartColors(drawn.map((c) => c.group));
  // Curves hidden from the legend, by group, kept in the URL (hide=bland,carcinoid); their colours stay the same.
  const hidden = new Set((new URLSearchParams(location.search).get("hide") ?? "").split(",").filter(Boolean));
  const visible = () => drawn.filter((c) => !hidden.has(c.group));
  const x = {domain: [0, xEnd], ticks, label: unit === "years" ? "Years" : xLabel, tickFormat: (t: number) => String(unit === "years" ? t / 12 : t)};
  const color = {domain, range};

  const plotOf = (scale: YScale) => {
    const shown = visible();
    const every = shown.flatMap((c) => scaledPoints(c, scale));
    const points = atPixels(every, xEnd, plotWidth);
    const medians = shown.filter((c) => c.fit.median.estimate !== null).map((c) => ({label: c.label, median: c.fit.median.estimate!}));
    const censors = onePerCell(every.filter((p) => p.censored), xEnd, plotWidth, height);
    const proportion = scale !== "cumhaz";
    const yTop = proportion ? 1 : nice(0, Math.max(0.1, ...points.map((p) => p.y)) * 1.05, 10)[1];
    const asPercent = (v: number) => `${(100 * v).toFixed(0)}%`;
    const corner = annotationText ? annotationPlace(shown, points, yTop, scale, showMedian && proportion ? medians.map((m) => m.median) : []) : null;
    // No corner free: the text goes above the frame, under the y-axis label, and the frame keeps its height.
    const above = annotationText && !corner ? annotationText.lines.length * TABLE_FONT_SIZE + ANNOTATION_INSET : 0;
    const place = corner ?? "top-right";
    return Plot.plot({
      width,
      height: height + above,
      marginLeft,
      marginRight: MARGIN_RIGHT,
      marginTop: MARGIN_TOP + above,
      marginBottom: MARGIN_BOTTOM,
      x,
      y: proportion
        ? {domain: [0, 1], grid: true, label: scale === "survival" ? yLabel : Y_LABELS.incidence, tickFormat: "%"}
        : {domain: [0, yTop], grid: true, label: Y_LABELS.cumhaz},
      style: {fontFamily: "var(--sans-serif)"},
      color,
      ariaLabel: `Kaplan–Meier curves: ${domain.join(", ")}`,
      ariaDescription: drawn.map((c) => `${c.label}: ${c.fit.n} patients, median ${c.fit.median.estimate ?? "not reached"}`).join("; "),
      marks: [
        proportion ? Plot.areaY(bandPoints(points), {x: "time", y1: "lower", y2: "upper", fill: "label", fillOpacity: 0.15, curve: "step-after", clip: "frame", className: "km-ci"}) : null,
        showMedian && proportion ? Plot.ruleY(medians, {x1: 0, x2: "median", y: 0.5, stroke: "label", strokeDasharray: "4,3", clip: "frame", className: "km-median"}) : null,
        // From the time axis up to 50%, on either scale: the median is read where the curve crosses 50%.
        showMedian && proportion ? Plot.ruleX(medians, {x: "median", y1: 0, y2: 0.5, stroke: "label", strokeDasharray: "4,3", clip: "frame", className: "km-median"}) : null,
        Plot.line(points, {x: "time", y: "y", stroke: "label", curve: "step-after", strokeWidth: 2, clip: "frame"}),
        Plot.dot(censors, {x: "time", y: "y", stroke: "label", symbol: "plus", r: 3.5, clip: "frame"}),
        annotationText
          ? Plot.text([annotationText.lines.join("\n")], {
              text: (d: string) => d,
              frameAnchor: place,
              textAnchor: place.endsWith("right") ? "end" : "start",
              lineAnchor: corner?.startsWith("top") ? "top" : "bottom",
              dx: place.endsWith("right") ? -ANNOTATION_INSET : ANNOTATION_INSET,
              dy: corner?.startsWith("top") ? ANNOTATION_INSET : -ANNOTATION_INSET,
              fontSize: TABLE_FONT_SIZE,
              fontWeight: "bold",
              fill: "currentColor",
              stroke: "var(--plot-background)",
              strokeWidth: 4,
              className: "km-annotation"
            })
          : null,
        Plot.tip(points, Plot.pointerX({
          x: "time",
          y: "y",
          stroke: "label",
          channels: proportion
            ? {Group: "label", "At risk": "nRisk", [`${level} CI`]: (d: ScaledPoint) => (d.lower === null ? "—" : `${asPercent(d.lower)}–${asPercent(d.upper ?? 1)}`)}
            : {Group: "label", "At risk": "nRisk"},
          format: {x: (t: number) => (unit === "years" ? `${(t / 12).toFixed(2)} yr` : `${t.toFixed(1)}${months ? " mo" : ""}`), y: (v: number) => (proportion ? `${(100 * v).toFixed(1)}%` : v.toFixed(3)), stroke: false, Group: true}
        }))
      ]
    });
  };

  // The P on the figure is marked as the pages mark theirs (p-value.ts), with the groups behind it.
  const smallestGroup = String(Math.min(...curves.map((c) => c.fit?.n ?? 0)));
  const drawPlot = (scale: YScale) => {
    const drawnPlot = dropPlotStyle(plotOf(scale));
    drawnPlot.querySelectorAll<SVGElement>(".km-annotation").forEach((g) => {
      g.classList.add("p-value");
      g.dataset.minGroup = smallestGroup;
    });
    return drawnPlot;
  };

  let scale = settings.yscale;
  let plot = drawPlot(scale);
  const table = riskTablePlot(drawn, ticks, {width, marginLeft, padding, x, color: {domain, range}});

  // The bands follow the page's setting (bands=0 in the URL hides them); the cumulative hazard has none.
  const applyCI = () => {
    const shown = chartSettings().bands;
    plot.querySelectorAll<SVGElement>(".km-ci").forEach((g) => (g.style.display = shown ? "" : "none"));
  };
  applyCI();
  // Which interval the bands and medians use, named on the chart: the same curves give other bands on another scale.
  const conventionsNote = () =>
    `${level} confidence intervals for S(t) and the medians on the ${SCALE_NAMES[drawn[0].fit.confType]} scale (R survfit conf.type = "${drawn[0].fit.confType}").` +
    (scale === "cumhaz" ? " The cumulative hazard is Nelson–Aalen's (R survfit cumhaz), drawn without a band." : "");
  const conventions = document.createElement("p");
  conventions.className = "km-conventions";
  const applyNote = () => (conventions.textContent = `${conventionsNote()} Change on the Methods page.`);
  applyNote();

  // A chart superseded, or off the page or set aside when a setting changed, no longer shows what the address says (kept-chart-slot.ts).
  const offPage = () => !figure.isConnected || isSetAside(figure);
  const miss = () => {
    document.removeEventListener(TIME_EVENT, redraw);
    document.removeEventListener(SCALE_EVENT, follow);
    document.removeEventListener(BANDS_EVENT, followBands);
    delete figure.dataset.settings;
  };
  // Time unit, range and the pooled curve: every chart on the page is drawn again (ticks, risk table and numbers all follow).
  const redraw = () => {
    const replace = !offPage();
    miss();
    if (!replace) return;
    // A keyboard user in this chart's own fields keeps the focus on the same field of the chart drawn again. A change
    // made by leaving a field (Tab out of the range) comes while the focus moves on, to a field of this chart: the
    // chart is drawn in the next task, once the focus has landed, and gives it back to the same field.
    const draw = () => {
      if (!figure.isConnected) return;
      const active = document.activeElement;
      const focused = active instanceof HTMLElement && figure.contains(active) ? active.dataset.setting : undefined;
      const next = kmChart(curves, options);
      figure.replaceWith(next);
      if (focused) next.querySelector<HTMLElement>(`[data-setting="${focused}"]`)?.focus();
    };
    setTimeout(draw);
  };
  const replot = () => {
    const redrawn = drawPlot(scale);
    plot.replaceWith(redrawn);
    plot = redrawn;
    applyCI();
    applyNote();
    figure.dataset.settings = kmChartSettings();
  };
  // The y scale: every chart on the page follows a change in place, so they stay comparable.
  const follow = (event: Event) => {
    if (offPage()) miss();
    else if ((event as CustomEvent<YScale>).detail !== scale) {
      scale = (event as CustomEvent<YScale>).detail;
      replot();
    }
  };
  const followBands = () => {
    if (offPage()) miss();
    else {
      applyCI();
      figure.dataset.settings = kmChartSettings();
    }
  };
  document.addEventListener(TIME_EVENT, redraw);
  document.addEventListener(SCALE_EVENT, follow);
  document.addEventListener(BANDS_EVENT, followBands);

  // The legend shows and hides each curve (the risk table keeps every group).
  const legend = document.createElement("div");
  legend.className = "km-legend";
  legend.setAttribute("role", "group");
  legend.setAttribute("aria-label", "Show or hide curves");
  drawn.forEach((c, i) => {
    const button = document.createElement("button");
    button.type = "button";
    button.setAttribute("aria-pressed", String(!hidden.has(c.group)));
    button.dataset.group = c.group;
    const swatch = document.createElement("span");
    swatch.className = "km-legend-swatch";
    swatch.style.background = range[i];
    button.append(swatch, c.label);
    button.addEventListener("click", () => {
      if (hidden.has(c.group)) hidden.delete(c.group);
      else hidden.add(c.group);
      button.setAttribute("aria-pressed", String(!hidden.has(c.group)));
      setUrlParam("hide", [...hidden].sort().join(","), "");
      replot();
    });
    legend.append(button);
  });
  // With a legend Plot returns a <figure> holding the legend's swatch SVGs and then the chart's own SVG.
  const chartSvg = () => plot as SVGSVGElement;
  // Months, whatever unit the axis shows, and said in the header; a file's own unit is its own.
  const inUnit = (rows: readonly {time: number}[]) => (months ? headedInMonths(rows) : rows);
  const tables: CsvDownload[] = [
    options.curveCsv ? {label: "Curve CSV", suffix: "curve", text: options.curveCsv} : {label: "Curve CSV", suffix: "curve", rows: () => inUnit(curveRows(drawn))},
    {label: "Risk table CSV", suffix: "risk-table", rows: () => inUnit(riskRows(drawn, ticks))}
  ];
  if (options.patients) tables.push({label: "Patients CSV", suffix: "patients", rows: options.patients});
  const toolbar = document.createElement("div");
  toolbar.className = "km-chart-toolbar";
  toolbar.append(
    ...(options.controls === false ? [] : [kmChartControls({level, canPool, timeInMonths: months}).element]),
    downloadButtons({
      filename,
      figure: async () => {
        const content = {title: options.exportTitle ?? title, note: conventionsNote(), legend: visible().map((c) => ({label: c.label, color: range[drawn.indexOf(c)]})), parts: [chartSvg(), table]};
        // The page's face goes into the file, with the subsets the figure's characters need.
        const font = await embeddedFont(getComputedStyle(figure).getPropertyValue("--sans-serif"), figureSvg(content).svg);
        return figureSvg({...content, font});
      },
      tables
    })
  );
  // A curve squeezed into the first tick or two gets a one-click x-range that shows it across the chart.
  // Read in the axis's unit.
  const duration = (time: number) => (unit === "years" ? `${+(time / 12).toFixed(2)} ${time === 12 ? "year" : "years"}` : `${+time.toFixed(1)}${months ? " months" : ""}`);
  const short = shortCurve(drawn.map((c) => ({label: c.label, end: c.fit.time.length ? c.fit.time[c.fit.time.length - 1] : 0})), ticks);
  const zoom = document.createElement("p");
  zoom.className = "km-zoom";
  if (short) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = `Show the first ${duration(short.zoomTo)}`;
    button.addEventListener("click", () => setChartSetting(xRangeKey(months), String(short.zoomTo)));
    zoom.append(`${short.label} ends at ${duration(short.end)}: only ${short.ticks} of this axis's ticks ${short.ticks === 1 ? "falls" : "fall"} within it. `, button);
  }
  figure.append(toolbar, legend, plot, table, ...(short ? [zoom] : []), conventions, textAlternative(drawn, ticks, level, months));
  figure.dataset.settings = kmChartSettings();
  return figure;
}

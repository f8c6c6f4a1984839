// Kaplan–Meier figure in the KMunicate style: step curves with censor marks,
// optional confidence bands and median guides, a hover tooltip, and a table of
// numbers at risk, censored and with events aligned under the x-axis ticks.
import * as Plot from "@observablehq/plot";
import {formatConfLevel} from "../lib/format/interval.js";
import {isEstimatedAt, riskTable, survivalAtTimes, type KaplanMeierFit} from "../lib/survival/index.js";
import {downloadButtons} from "./download-buttons.js";
import {colorFor} from "./palette.js";
import {monthTicks} from "./time-ticks.js";

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
  showCI?: boolean;
  showMedian?: boolean;
  maxTime?: number;
  /** Curves with fewer subjects are not drawn; the chart says so instead. */
  minSubjects?: number;
  filename?: string;
}

interface CurvePoint {
  group: string;
  label: string;
  time: number;
  surv: number;
  lower: number | null;
  upper: number | null;
  nRisk: number;
}

// Wide enough for the y-axis percentages and the risk table's measure names;
// group names head their own rows, so a long name never narrows the curves.
const MARGIN_LEFT = 60;
const MARGIN_RIGHT = 24;
const MEASURES = ["At risk", "Censored", "Events"] as const;
const RISK_ROW_HEIGHT = 16;

function curvePoints({group, label, fit}: DrawnCurve): CurvePoint[] {
  const points: CurvePoint[] = [{group, label, time: 0, surv: 1, lower: 1, upper: 1, nRisk: fit.n}];
  for (let i = 0; i < fit.time.length; ++i) {
    points.push({group, label, time: fit.time[i], surv: fit.surv[i], lower: fit.lower[i], upper: fit.upper[i], nRisk: fit.nRisk[i]});
  }
  return points;
}

function censorPoints({label, fit}: DrawnCurve): {label: string; time: number; surv: number}[] {
  const points = [];
  for (let i = 0; i < fit.time.length; ++i) if (fit.nCensor[i] > 0) points.push({label, time: fit.time[i], surv: fit.surv[i]});
  return points;
}

/** Numbers at risk at each tick, and censored and events accumulated up to it (KMunicate), from the engine's riskTable. */
function riskTableRows(curves: DrawnCurve[], ticks: number[]): {label: string; row: string; time: number; value: number}[] {
  return curves.flatMap(({label, fit}, c) => {
    const table = riskTable(fit, ticks, {extend: true});
    const values = [table.nRisk, table.cumCensored, table.cumEvents];
    return table.time.flatMap((time, i) => MEASURES.map((measure, m) => ({label, row: riskRow(c, measure), time, value: values[m][i]})));
  });
}

/** The risk table's row keys: a heading row per curve, then one row per measure (keys stay unique whatever the labels). */
const riskRow = (curve: number, measure = "") => `${curve}|${measure}`;
const riskRowLabel = (row: string) => row.slice(row.indexOf("|") + 1);

function riskTablePlot(curves: DrawnCurve[], ticks: number[], {width, x, color}: {width: number; x: Plot.ScaleOptions; color: Plot.ScaleOptions}): SVGSVGElement {
  const rows = curves.flatMap((_, c) => [riskRow(c), ...MEASURES.map((m) => riskRow(c, m))]);
  const table = Plot.plot({
    width,
    height: RISK_ROW_HEIGHT * rows.length + 28,
    marginLeft: MARGIN_LEFT,
    marginRight: MARGIN_RIGHT,
    marginTop: 8,
    x: {...x, axis: null},
    y: {domain: rows, tickFormat: riskRowLabel, label: null, tickSize: 0},
    color,
    ariaLabel: "Numbers at risk, censored and with events at each tick",
    marks: [
      Plot.text(curves, {y: (_, c) => riskRow(c), text: "label", fill: "label", frameAnchor: "left", textAnchor: "start", dx: 4 - MARGIN_LEFT, fontWeight: "bold"}),
      Plot.text(riskTableRows(curves, ticks), {x: "time", y: "row", text: "value", fill: "label", fontVariant: "tabular-nums"})
    ]
  }) as SVGSVGElement;
  table.classList.add("km-risk-table");
  return table;
}

function emptyNotice(message: string): HTMLElement {
  const p = document.createElement("p");
  p.className = "km-chart-notice";
  p.setAttribute("role", "status");
  p.textContent = message;
  return p;
}

function textAlternative(curves: DrawnCurve[], ticks: number[], level: string): HTMLElement {
  const details = document.createElement("details");
  details.className = "km-chart-numbers";
  const summary = document.createElement("summary");
  summary.textContent = "The numbers behind this chart";
  const table = document.createElement("table");
  const times = ticks.slice(1);
  const head = ["Group", "n", `Median (${level} CI)`, ...times.map((t) => `S(${t})`)];
  table.innerHTML = `<caption>S(t): percent without event at t months; — past a group's last follow-up, unless its curve reached 0.</caption><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join("")}</tr></thead>`;
  const body = document.createElement("tbody");
  const fmt = (x: number | null) => (x === null ? "NR" : x.toFixed(1));
  for (const {label, fit} of curves) {
    const tr = document.createElement("tr");
    // extend carries the last estimate past the last follow-up, where the curve is unknown: those cells stay blank, as in the landmark table.
    const landmarks = survivalAtTimes(fit, times, {extend: true}).surv.map((s, k) => (isEstimatedAt(fit, times[k]) ? `${(100 * s).toFixed(0)}%` : "—"));
    const cells = [label, String(fit.n), `${fmt(fit.median.estimate)} (${fmt(fit.median.lower)}–${fmt(fit.median.upper)})`, ...landmarks];
    tr.innerHTML = cells.map((c, k) => (k === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join("");
    body.append(tr);
  }
  table.append(body);
  details.append(summary, table);
  return details;
}

export function kmChart(curves: KmCurve[], options: KmChartOptions): HTMLElement {
  const {width, height = 340, xLabel = "Months", yLabel = "Proportion without event", title, showMedian = true, minSubjects = 1, filename = "kaplan-meier"} = options;
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
  if (drawn.length === 0) return figure;
  // Every curve of one chart is fitted at the same confidence level.
  const level = formatConfLevel(drawn[0].fit.confLevel);

  const maxTime = options.maxTime ?? Math.max(...drawn.map((c) => (c.fit.time.length ? c.fit.time[c.fit.time.length - 1] : 0)));
  // Roughly one tick per 45 px keeps the risk-table numbers from colliding.
  const ticks = monthTicks(maxTime, Math.max(4, Math.floor((width - MARGIN_LEFT - MARGIN_RIGHT) / 45)));
  const domain = drawn.map((c) => c.label);
  const range = drawn.map((c, i) => colorFor(c.group, i));
  const points = drawn.flatMap(curvePoints);
  const censors = drawn.flatMap(censorPoints);
  const medians = drawn.filter((c) => c.fit.median.estimate !== null).map((c) => ({label: c.label, median: c.fit.median.estimate!}));
  const x = {domain: [0, ticks[ticks.length - 1]], ticks, label: xLabel};
  const color = {domain, range, legend: true};

  const plot = Plot.plot({
    width,
    height,
    marginLeft: MARGIN_LEFT,
    marginRight: MARGIN_RIGHT,
    x,
    y: {domain: [0, 1], grid: true, label: yLabel, tickFormat: "%"},
    color,
    ariaLabel: `Kaplan–Meier curves: ${domain.join(", ")}`,
    ariaDescription: drawn.map((c) => `${c.label}: ${c.fit.n} patients, median ${c.fit.median.estimate ?? "not reached"}`).join("; "),
    marks: [
      Plot.areaY(points, {x: "time", y1: "lower", y2: "upper", fill: "label", fillOpacity: 0.15, curve: "step-after", className: "km-ci"}),
      showMedian ? Plot.ruleY(medians, {x1: 0, x2: "median", y: 0.5, stroke: "label", strokeDasharray: "4,3", strokeOpacity: 0.7}) : null,
      showMedian ? Plot.ruleX(medians, {x: "median", y1: 0, y2: 0.5, stroke: "label", strokeDasharray: "4,3", strokeOpacity: 0.7}) : null,
      Plot.line(points, {x: "time", y: "surv", stroke: "label", curve: "step-after", strokeWidth: 2}),
      Plot.dot(censors, {x: "time", y: "surv", stroke: "label", symbol: "plus", r: 3.5}),
      Plot.tip(points, Plot.pointerX({
        x: "time",
        y: "surv",
        stroke: "label",
        channels: {Group: "label", "At risk": "nRisk", [`${level} CI`]: (d: CurvePoint) => (d.lower === null ? "—" : `${(100 * d.lower).toFixed(0)}–${(100 * (d.upper ?? 1)).toFixed(0)}%`)},
        format: {x: (t: number) => `${t.toFixed(1)} mo`, y: (s: number) => `${(100 * s).toFixed(1)}%`, stroke: false, Group: true}
      }))
    ]
  });

  const table = riskTablePlot(drawn, ticks, {width, x, color: {domain, range}});

  const ciToggle = document.createElement("label");
  const checkbox = document.createElement("input");
  checkbox.type = "checkbox";
  checkbox.checked = options.showCI ?? true;
  const applyCI = () => plot.querySelectorAll<SVGElement>(".km-ci").forEach((g) => (g.style.display = checkbox.checked ? "" : "none"));
  checkbox.addEventListener("change", applyCI);
  applyCI();
  ciToggle.append(checkbox, ` ${level} confidence bands`);

  const toolbar = document.createElement("div");
  toolbar.className = "km-chart-toolbar";
  toolbar.append(
    ciToggle,
    downloadButtons({
      filename,
      svgParts: () => [plot.tagName === "svg" ? plot : plot.querySelector("svg:last-of-type"), table].filter(Boolean) as SVGSVGElement[],
      rows: () => points.map(({label, time, surv, lower, upper, nRisk}) => ({group: label, time, n_risk: nRisk, surv, lower, upper}))
    })
  );
  figure.append(toolbar, plot, table, textAlternative(drawn, ticks, level));
  return figure;
}

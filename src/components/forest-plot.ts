// The subgroup forest plot: one row per subgroup level, its hazard ratio as a
// square whose area grows with the estimate's precision (1 / SE² of the log
// ratio), its confidence interval as a line, on a log axis with the line of
// no effect at 1. Rows without an estimate show the reason instead. A table
// follows the figure with the same numbers, for screen readers and copying.
import * as Plot from "@observablehq/plot";
import type {ForestRow} from "../lib/analysis/subgroup-forest.js";
import {formatConfLevel, formatRatioInterval} from "../lib/format/interval.js";
import {statTable} from "./stat-table.js";

export interface ForestPlotOptions {
  width: number;
  confLevel: number;
  /** The contrast the ratios measure, for the axis ("chemoembolization vs bland"). */
  contrast: string;
  /** The header of the column of group sizes, first the contrast's numerator. */
  sizesLabel?: string;
}

const ROW_HEIGHT = 26;
const TICKS = [0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50];

export function forestPlot(rows: readonly ForestRow[], {width, confLevel, contrast, sizesLabel = "Patients (chemoembolization, bland)"}: ForestPlotOptions): HTMLElement {
  const figure = document.createElement("figure");
  figure.className = "forest-plot";
  const estimated = rows.filter((r) => r.hr !== null);
  const labels = rows.map((r) => r.label);
  const lows = estimated.map((r) => r.lower!).filter(Number.isFinite);
  const highs = estimated.map((r) => r.upper!).filter(Number.isFinite);
  const domain = [Math.max(0.01, Math.min(0.5, ...lows) * 0.9), Math.min(100, Math.max(2, ...highs) * 1.1)];
  const weight = (r: ForestRow) => 1 / (r.se! * r.se!);
  const maxWeight = Math.max(...estimated.map(weight), 1);
  const clip = (x: number) => Math.min(domain[1], Math.max(domain[0], x));
  const narrow = width < 520;
  if (estimated.length) {
    figure.append(
      Plot.plot({
        width,
        height: 40 + ROW_HEIGHT * rows.length,
        marginLeft: narrow ? 8 : 230,
        marginRight: 16,
        x: {type: "log", domain, ticks: TICKS.filter((t) => t >= domain[0] && t <= domain[1]), tickFormat: String, label: `Hazard ratio, ${contrast} (${formatConfLevel(confLevel)} CI)`, grid: true},
        y: {domain: labels, label: null, axis: narrow ? null : "left"},
        ariaLabel: `Forest plot: hazard ratio of ${contrast} by subgroup`,
        marks: [
          Plot.ruleX([1], {strokeDasharray: "4,3"}),
          Plot.ruleY(estimated, {y: "label", x1: (r: ForestRow) => clip(r.lower!), x2: (r: ForestRow) => clip(r.upper!), stroke: "currentColor"}),
          Plot.dot(estimated, {y: "label", x: "hr", symbol: "square", fill: "currentColor", r: (r: ForestRow) => 2 + 6 * Math.sqrt(weight(r) / maxWeight)}),
          narrow ? Plot.text(rows, {y: "label", x: domain[0], text: "label", textAnchor: "start", dy: -10, fontSize: 10}) : null
        ]
      })
    );
  }
  const table = statTable(rows, [
    {label: "Subgroup", value: (r) => r.label, header: true},
    {label: sizesLabel, value: (r) => `${r.sizes[0]}, ${r.sizes[1]}`, align: "right"},
    {label: `Hazard ratio (${formatConfLevel(confLevel)} CI)`, value: (r) => (r.hr === null ? (r.note ?? "") : formatRatioInterval(r.hr, r.lower, r.upper, confLevel)), align: "right"}
  ], {caption: `Hazard ratio of ${contrast} within each subgroup, from a Cox model of that subgroup alone.`});
  figure.append(table);
  return figure;
}

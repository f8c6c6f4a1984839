// Counts of a whole-number quantity (procedures per patient, days in hospital)
// as bars centred on each value and stacked by group. Every value from the
// smallest to the largest has its place on the axis, so a gap reads as a zero
// count rather than as a wider bin. Values are rounded to whole numbers.
import * as Plot from "@observablehq/plot";
import {extent, max, range, rollup} from "d3";
import {countTicks} from "./count-ticks.js";

export interface CountBarsOptions<R> {
  width: number;
  height?: number;
  value: (row: R) => number;
  group: (row: R) => string;
  groups: {domain: string[]; colors: string[]; label: (group: string) => string};
  xLabel: string;
  yLabel: string;
  ariaLabel: string;
}

/** Room for one axis label, in pixels; past that, only every nth value is labelled. */
const LABEL_WIDTH = 28;

export function countBars<R>(rows: readonly R[], {width, height, value, group, groups, xLabel, yLabel, ariaLabel}: CountBarsOptions<R>): SVGSVGElement | HTMLElement {
  const [lo, hi] = extent(rows, (r) => Math.round(value(r)));
  const domain = lo === undefined ? [] : range(lo, hi + 1);
  const every = Math.max(1, Math.ceil((domain.length * LABEL_WIDTH) / Math.max(width - 60, LABEL_WIDTH)));
  const tallest = max(rollup(rows, (v) => v.length, (r) => Math.round(value(r))).values()) ?? 0;
  return Plot.plot({
    width,
    height,
    x: {type: "band", domain, ticks: domain.filter((_, i) => i % every === 0), label: xLabel, padding: 0.15},
    y: {label: yLabel, grid: true, ticks: countTicks(tallest), tickFormat: "d"},
    color: {domain: groups.domain, range: groups.colors, legend: true, tickFormat: groups.label},
    ariaLabel,
    marks: [
      Plot.barY(rows, Plot.groupX({y: "count"}, {x: (r: R) => Math.round(value(r)), fill: group, tip: true, channels: {Group: (r: R) => groups.label(group(r))}})),
      Plot.ruleY([0])
    ]
  });
}

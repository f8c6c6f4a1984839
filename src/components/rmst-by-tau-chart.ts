// The restricted mean difference against tau, with its confidence band, a
// zero line and the tau in use marked, so a reader sees how much the answer
// depends on where the mean is restricted.
import * as Plot from "@observablehq/plot";
import type {RmstAtTau} from "../lib/analysis/rmst-by-tau.js";
import {formatConfLevel} from "../lib/format/interval.js";
import {dropPlotStyle} from "./drop-plot-style.js";

export interface RmstByTauOptions {
  width: number;
  height?: number;
  /** The tau the text reports. */
  tau: number;
  confLevel: number;
  /** "Chemoembolization − bland embolization". */
  contrast: string;
}

export function rmstByTauChart(points: readonly RmstAtTau[], {width, height = 220, tau, confLevel, contrast}: RmstByTauOptions): HTMLElement | SVGSVGElement {
  return dropPlotStyle(Plot.plot({
    width,
    height,
    marginLeft: 50,
    x: {label: "τ, months", domain: [0, points.length ? points[points.length - 1].tau : tau], nice: false, ticks: width < 480 ? 4 : 8},
    // A phone has room for the unit only; the card's text names the contrast.
    y: {label: width < 480 ? `Difference, months (${formatConfLevel(confLevel)} CI)` : `${contrast}, months (${formatConfLevel(confLevel)} CI)`, grid: true, nice: true},
    ariaLabel: `Difference in restricted mean time against tau: ${contrast}`,
    marks: [
      Plot.areaY(points, {x: "tau", y1: "lower", y2: "upper", fill: "currentColor", fillOpacity: 0.18, curve: "linear"}),
      Plot.lineY(points, {x: "tau", y: "difference", stroke: "currentColor", strokeWidth: 2}),
      Plot.ruleY([0], {strokeDasharray: "3,3"}),
      Plot.ruleX([tau], {stroke: "var(--theme-foreground-focus)", strokeWidth: 1.5}),
      Plot.tip(points, Plot.pointerX({x: "tau", y: "difference", title: (d: RmstAtTau) => `τ = ${d.tau.toFixed(1)}: ${d.difference.toFixed(1)} (${d.lower.toFixed(1)} to ${d.upper.toFixed(1)})`}))
    ]
  }));
}

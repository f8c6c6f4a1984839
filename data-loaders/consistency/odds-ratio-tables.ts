import {oddsRatio} from "../../src/lib/stats/odds-ratio.js";
import {roundingBand} from "../published/rounding-band.js";

export interface PrintedOddsRatio {
  estimate: number;
  lower: number;
  upper: number;
  /** Decimals printed for all three (one, in this paper). */
  decimals: number;
}

export interface OddsRatioTable {
  /** [[a, b], [c, d]]: row 1 = chemoembolization (event, no event), row 2 = bland. */
  table: [[number, number], [number, number]];
  estimate: number;
  lower: number;
  upper: number;
}

function prints(x: number, printed: number, decimals: number): boolean {
  const [lo, hi] = roundingBand(printed, decimals);
  return x >= lo && x < hi;
}

/** Whether a 2×2 table reproduces an odds ratio and its Woolf 95% CI as printed. */
export function matchesOddsRatio(a: number, b: number, c: number, d: number, printed: PrintedOddsRatio): OddsRatioTable | null {
  const r = oddsRatio([[a, b], [c, d]], {method: "woolf"});
  if (r.estimate === null || r.lower === null || r.upper === null) return null;
  const {decimals} = printed;
  if (!prints(r.estimate, printed.estimate, decimals) || !prints(r.lower, printed.lower, decimals) || !prints(r.upper, printed.upper, decimals)) return null;
  return {table: [[a, b], [c, d]], estimate: r.estimate, lower: r.lower, upper: r.upper};
}

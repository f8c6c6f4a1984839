import {countsInBand} from "./in-band.js";
import {matchesOddsRatio, type OddsRatioTable, type PrintedOddsRatio} from "./odds-ratio-tables.js";

export interface ArmPercent {
  printed: number;
  /** Candidate denominators for this arm. */
  n: number[];
}

/**
 * All 2×2 tables (chemoembolization a of n₁, bland c of n₂) whose two shares
 * print as the given percentages and whose odds ratio and Woolf CI print as
 * given — the joint GRIM test of a "p₁% vs p₂% (OR, 95% CI)" sentence.
 */
export function twoArmOddsRatio(chemo: ArmPercent, bland: ArmPercent, printed: PrintedOddsRatio): OddsRatioTable[] {
  const out: OddsRatioTable[] = [];
  for (const n1 of chemo.n) {
    for (const a of countsInBand(n1, chemo.printed)) {
      for (const n2 of bland.n) {
        for (const c of countsInBand(n2, bland.printed)) {
          const match = matchesOddsRatio(a, n1 - a, c, n2 - c, printed);
          if (match) out.push(match);
        }
      }
    }
  }
  return out;
}

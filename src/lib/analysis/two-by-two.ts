// A yes/no outcome compared between chemoembolization and bland embolization:
// the 2×2 table (rows chemo, bland; columns yes, no), Woolf and exact odds
// ratios and Fisher's exact P. Used for toxicity, infection, response.
import {formatRatio, formatRatioInterval} from "../format/interval.js";
import {fisherExact, oddsRatio, type OddsRatioResult} from "../stats/index.js";

export interface TwoByTwo {
  table: [[number, number], [number, number]];
  chemo: {yes: number; n: number};
  bland: {yes: number; n: number};
  woolf: OddsRatioResult | null;
  exact: OddsRatioResult | null;
  fisherP: number | null;
}

export function compareProportions<T>(
  rows: readonly T[],
  arm: (row: T) => "chemoembolization" | "bland",
  outcome: (row: T) => boolean,
  {confLevel = 0.95}: {confLevel?: number} = {}
): TwoByTwo {
  const count = (a: string, yes: boolean) => rows.filter((r) => arm(r) === a && outcome(r) === yes).length;
  const table: [[number, number], [number, number]] = [
    [count("chemoembolization", true), count("chemoembolization", false)],
    [count("bland", true), count("bland", false)]
  ];
  const nChemo = table[0][0] + table[0][1];
  const nBland = table[1][0] + table[1][1];
  const testable = nChemo > 0 && nBland > 0;
  return {
    table,
    chemo: {yes: table[0][0], n: nChemo},
    bland: {yes: table[1][0], n: nBland},
    woolf: testable ? oddsRatio(table, {method: "woolf", confLevel}) : null,
    exact: testable ? oddsRatio(table, {method: "exact", confLevel}) : null,
    fisherP: testable ? fisherExact(table).p : null
  };
}

/** "OR 1.2 (95% CI 0.4–4.0)" from a Woolf or exact result. */
export function formatOddsRatio(result: OddsRatioResult | null): string {
  if (!result || result.estimate === null) return "OR not estimable";
  if (result.lower === null) return `OR ${formatRatio(result.estimate, 1)} (CI not estimable)`;
  return `OR ${formatRatioInterval(result.estimate, result.lower, result.upper, result.confLevel, 1)}`;
}

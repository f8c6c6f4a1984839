// Odds ratio of a 2×2 table with a confidence interval, either the sample odds
// ratio with Woolf's log-scale normal interval or the conditional MLE with the
// exact interval of R's fisher.test.
import {checkAlternative, checkConfLevel, checkedTable2x2, type Alternative, type Table2x2} from "./check-input.js";
import {conditionalOddsRatio} from "./conditional-odds-ratio.js";
import {normalQuantile} from "./distributions.js";

export interface OddsRatioOptions {
  confLevel?: number;
  method?: "woolf" | "exact";
  /** Sidedness of the interval; only "exact" supports one-sided intervals. */
  alternative?: Alternative;
}

export interface OddsRatioResult {
  /** null when the odds ratio is 0/0 (a·d = b·c = 0). */
  estimate: number | null;
  /** null when the interval is undefined (Woolf with a zero cell). */
  lower: number | null;
  upper: number | null;
  method: "woolf" | "exact";
  confLevel: number;
}

/**
 * `table` is [[a, b], [c, d]]: rows = exposure or arm (exposed first),
 * columns = outcome yes / no. The odds ratio compares row 1 with row 2.
 */
export function oddsRatio(table: Table2x2, {confLevel = 0.95, method = "woolf", alternative = "two.sided"}: OddsRatioOptions = {}): OddsRatioResult {
  checkConfLevel(confLevel);
  checkAlternative(alternative);
  if (method !== "woolf" && method !== "exact") throw new RangeError(`method is ${JSON.stringify(method)}, expected "woolf" or "exact"`);
  const [a, b, c, d] = checkedTable2x2(table);
  if (method === "exact") return {...conditionalOddsRatio(a, b, c, d, confLevel, alternative), method, confLevel};
  if (alternative !== "two.sided") throw new RangeError(`alternative is ${JSON.stringify(alternative)}, expected "two.sided" for method "woolf"`);
  const ad = a * d;
  const bc = b * c;
  const estimate = ad === 0 && bc === 0 ? null : ad / bc;
  if (a === 0 || b === 0 || c === 0 || d === 0) return {estimate, lower: null, upper: null, method, confLevel};
  const logOr = Math.log(ad / bc);
  const halfWidth = normalQuantile(1 - (1 - confLevel) / 2) * Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
  return {estimate, lower: Math.exp(logOr - halfWidth), upper: Math.exp(logOr + halfWidth), method, confLevel};
}

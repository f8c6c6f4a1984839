// P values print with two significant digits, the way the paper's reader
// expects ("P = 0.16", "P < 0.001"), always labelled with the test.
import type {SurvivalComparison} from "../analysis/compare-survival.js";

/** Formats a p value: two significant digits, "< 0.001" below one in a thousand, "—" when there is none. */
export function formatP(p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return "P = —";
  if (p < 0.001) return "P < 0.001";
  if (p >= 0.995) return "P > 0.99";
  return `P = ${Number(p.toPrecision(2))}`;
}

/** "P = 0.16 (log-rank)" */
export function formatLabelledP(p: number | null | undefined, test: string): string {
  return `${formatP(p)} (${test})`;
}

/** The number part alone, for a table column headed "P": "0.16", "< 0.001". */
export function formatPValue(p: number | null | undefined): string {
  return formatP(p).replace(/^P (= )?/, "");
}

/** A survival comparison's P labelled with its test, or why there is no test. */
export function formatComparisonP(comparison: Pick<SurvivalComparison, "test" | "testName" | "note">): string {
  return comparison.test ? formatLabelledP(comparison.test.p, comparison.testName) : (comparison.note ?? "");
}

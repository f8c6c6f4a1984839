// Confidence levels and ratio intervals as every page prints them: "95%",
// "0.59 (95% CI 0.28–1.25)".

/** "95%" for 0.95. */
export function formatConfLevel(level: number): string {
  return `${Math.round(100 * level)}%`;
}

/** A ratio to `digits` decimals: "∞" for an open bound, "—" for a missing one. */
export function formatRatio(x: number | null, digits = 2): string {
  return x === null ? "—" : x === Infinity ? "∞" : x.toFixed(digits);
}

/** "0.59 (95% CI 0.28–1.25)": a ratio and its confidence interval. */
export function formatRatioInterval(estimate: number | null, lower: number | null, upper: number | null, confLevel: number, digits = 2): string {
  return `${formatRatio(estimate, digits)} (${formatConfLevel(confLevel)} CI ${formatRatio(lower, digits)}–${formatRatio(upper, digits)})`;
}

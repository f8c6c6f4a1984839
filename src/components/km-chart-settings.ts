// The chart settings kmChart reads from the address when it draws: the y
// scale, the time axis, the pooled curve and the hidden curves. A chart drawn
// under other settings is not what a fresh draw would show.

const KEYS = ["yscale", "xunit", "xmax", "pooled", "hide"] as const;

/** The address's chart settings as one string, equal for two addresses exactly when kmChart would draw the same chart. */
export function kmChartSettings(): string {
  const params = new URLSearchParams(location.search);
  return KEYS.map((key) => params.get(key) ?? "").join("\u0000");
}

// The chart settings kmChart reads from the address when it draws: the y
// scale, the time axis, the pooled curve and the hidden curves. A chart drawn
// under other settings is not what a fresh draw would show.

const KEYS = ["yscale", "xunit", "xmax", "pooled", "hide"] as const;

/** The address's chart settings as one string, equal for two addresses exactly when kmChart would draw the same chart. */
export function kmChartSettings(): string {
  const params = new URLSearchParams(location.search);
  return KEYS.map((key) => params.get(key) ?? "").join("\u0000");
}

/**
 * True when every Kaplan–Meier chart in `node` (or `node` itself) was drawn under the address's chart settings and has
 * followed each change since: km-chart.ts stamps a chart with the settings it shows and drops the stamp when it misses
 * a change, off the page or set aside. A node with no chart in it always is.
 */
export function followsChartSettings(node: Element): boolean {
  const settings = kmChartSettings();
  const charts = [...(node.matches(".km-chart") ? [node] : []), ...node.querySelectorAll(".km-chart")];
  return charts.every((chart) => (chart as HTMLElement).dataset.settings === settings);
}

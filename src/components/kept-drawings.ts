// The charts a page drew for its recent views, by the view's key and width:
// going back to a view puts its nodes back instead of drawing them again, so
// a filter switched back and forth costs no Plot and no new SVG. A kept
// Kaplan–Meier chart is reused only while it is what a fresh draw would show:
// drawn under the address's current chart settings, and followed by every
// settings change since (km-chart.ts stamps each chart with its settings and
// drops the stamp when it misses one while off the page).
import {kmChartSettings} from "./km-chart-settings.js";
import {recentViews} from "./recent-views.js";

/** True when every Kaplan–Meier chart in `node` was drawn under the address's chart settings and has followed each change since. */
function current(node: Element): boolean {
  const settings = kmChartSettings();
  const charts = [...(node.matches(".km-chart") ? [node] : []), ...node.querySelectorAll(".km-chart")];
  return charts.every((chart) => (chart as HTMLElement).dataset.settings === settings);
}

/** A function drawing a node by key: the node kept for `key` when it is still current, else `draw()`, kept for next time. At most `limit` nodes are kept, the least recently used going first. */
export function keptDrawings<T extends Element>(limit: number): (key: string, draw: () => T) => T {
  const kept = recentViews<T>(limit);
  return (key, draw) => {
    const node = kept.get(key);
    if (node && current(node)) return node;
    const drawn = draw();
    kept.set(key, drawn);
    return drawn;
  };
}

// A curve that ends long before the others sits inside the first tick
// interval or two of their shared axis; on a phone no tick spacing the risk
// table's numbers allow can fix that (tests/browser/km-chart.test.ts checks
// the bound on the drawn page). Offering the x-range that shows it whole is
// the honest alternative.

/** The familiar axis ends a zoom snaps to, in months. */
const ZOOM_ENDS = [3, 6, 9, 12, 18, 24, 36, 48, 60, 72, 96, 120];

export interface ShortCurve {
  label: string;
  /** The curve's last time, in months. */
  end: number;
  /** How many ticks fall within it. */
  ticks: number;
  /** The axis end, in months, that shows it across the whole chart. */
  zoomTo: number;
}

/**
 * The shortest curve spanning fewer than `minTicks` of `ticks`, with the
 * familiar axis end just past it, or null when every curve spans enough or
 * the zoom would not shorten the axis.
 */
export function shortCurve(curves: readonly {label: string; end: number}[], ticks: readonly number[], minTicks = 4): ShortCurve | null {
  if (curves.length < 2 || ticks.length === 0) return null;
  const shortest = curves.reduce((a, b) => (b.end < a.end ? b : a));
  const within = ticks.filter((t) => t <= shortest.end).length;
  const zoomTo = ZOOM_ENDS.find((e) => e >= shortest.end) ?? Math.ceil(shortest.end);
  if (within >= minTicks || zoomTo >= ticks[ticks.length - 1]) return null;
  return {label: shortest.label, end: shortest.end, ticks: within, zoomTo};
}

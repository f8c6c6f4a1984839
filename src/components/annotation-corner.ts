// Where a chart's text (the test line, the hazard ratio) goes: the first
// corner of the frame, in the chart's order of preference, that no step curve
// passes through. Falling survival curves leave the top right free and rising
// ones the top left, but not always: on 1 − S(t) a group whose events all come
// early climbs through the top left, and its text then sat on the curve. When
// no corner is free the chart sets the text above the frame.

export type Corner = "top-right" | "top-left" | "bottom-left" | "bottom-right";

/** A point of a step curve (drawn step-after), as fractions of the frame: x from the left, y from the bottom. */
export interface FramePoint {
  x: number;
  y: number;
}

/** How many of `curves` pass through the box of `width` × `height` (fractions of the frame) in `corner`. */
export function curvesInCorner(curves: readonly (readonly FramePoint[])[], corner: Corner, width: number, height: number): number {
  const [x0, x1] = corner.endsWith("left") ? [0, width] : [1 - width, 1];
  const [y0, y1] = corner.startsWith("bottom") ? [0, height] : [1 - height, 1];
  return curves.filter((points) => {
    // The curve over [x0, x1]: the step it is on at x0, then every step that starts within; the rises and drops
    // between them cover every value from the lowest to the highest.
    let low = Infinity;
    let high = -Infinity;
    for (let i = 0; i < points.length; ++i) {
      const {x, y} = points[i];
      if (x > x1) break;
      const next = points[i + 1];
      if (x < x0 && (next === undefined || next.x <= x0)) continue;
      low = Math.min(low, y);
      high = Math.max(high, y);
    }
    return low <= y1 && high >= y0;
  }).length;
}

/** The first of `preference` that no curve passes through, or null when every one has a curve in it. */
export function annotationCorner(curves: readonly (readonly FramePoint[])[], {width, height}: {width: number; height: number}, preference: readonly Corner[]): Corner | null {
  return preference.find((corner) => curvesInCorner(curves, corner, width, height) === 0) ?? null;
}

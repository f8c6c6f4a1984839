import {describe, expect, it} from "vitest";
import {annotationCorner, curvesInCorner, type Corner} from "../../src/components/annotation-corner.js";

// Step curves as fractions of the frame: a survival curve falling to 0.2 by the middle, and a
// cumulative incidence that climbs to 0.9 within the first tenth.
const falling = [{x: 0, y: 1}, {x: 0.2, y: 0.6}, {x: 0.5, y: 0.2}, {x: 0.9, y: 0.2}];
const earlyRise = [{x: 0, y: 0}, {x: 0.05, y: 0.5}, {x: 0.1, y: 0.9}, {x: 0.15, y: 1}];
const box = {width: 0.4, height: 0.15};

describe("curvesInCorner", () => {
  it("counts a curve whose step runs through the box, and not one that passes beside it", () => {
    expect(curvesInCorner([falling], "top-right", 0.4, 0.15)).toBe(0);
    expect(curvesInCorner([falling], "bottom-right", 0.4, 0.3)).toBe(1);
    expect(curvesInCorner([falling], "top-left", 0.4, 0.15)).toBe(1);
  });

  it("counts a rise or drop that crosses the box between two steps outside it", () => {
    // From 0.1 to 0.95 at x = 0.3: neither step's level is within [0.4, 0.6], the rise is.
    expect(curvesInCorner([[{x: 0, y: 0.1}, {x: 0.3, y: 0.95}]], "top-left", 0.5, 0.6)).toBe(1);
  });

  it("does not count a curve that ends before the box starts", () => {
    expect(curvesInCorner([earlyRise], "top-right", 0.4, 0.15)).toBe(0);
    expect(curvesInCorner([earlyRise], "top-left", 0.4, 0.15)).toBe(1);
  });
});

describe("annotationCorner", () => {
  const rising: Corner[] = ["top-left", "bottom-right", "bottom-left", "top-right"];

  it("keeps the first corner when no curve passes through it", () => {
    expect(annotationCorner([falling], box, ["top-right", "bottom-left"])).toBe("top-right");
  });

  it("moves to the next free corner when a curve climbs through the first", () => {
    expect(annotationCorner([earlyRise], box, rising)).toBe("bottom-right");
  });

  it("finds none when a curve passes through every corner", () => {
    const everywhere = [{x: 0, y: 0.95}, {x: 0.3, y: 0.05}, {x: 0.7, y: 0.95}, {x: 0.99, y: 0.05}];
    expect(annotationCorner([everywhere], box, rising)).toBeNull();
  });
});

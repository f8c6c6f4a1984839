import {describe, expect, it} from "vitest";
import {formatRatioInterval} from "../../src/lib/format/interval.js";

describe("formatRatioInterval", () => {
  it("prints two decimals, the confidence level, and ∞ or — for an open or missing bound", () => {
    expect(formatRatioInterval(0.586505, 0.276013, 1.246277, 0.95)).toBe("0.59 (95% CI 0.28–1.25)");
    expect(formatRatioInterval(3.2, 0.9, Infinity, 0.9)).toBe("3.20 (90% CI 0.90–∞)");
    expect(formatRatioInterval(3.2, null, null, 0.99)).toBe("3.20 (99% CI —–—)");
  });
});

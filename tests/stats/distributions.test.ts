import {describe, expect, it} from "vitest";
import {chiSquareUpperTail, normalQuantile, normalTwoSidedP} from "../../src/lib/stats/distributions.js";

describe("distributions", () => {
  it("matches R for pchisq upper tail, including far tails", () => {
    expect(chiSquareUpperTail(3.841458820694124, 1)).toBeCloseTo(0.05, 14);
    expect(chiSquareUpperTail(100, 1) / 1.523971e-23).toBeCloseTo(1, 6);
  });
  it("matches R for qnorm and two-sided normal p", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalTwoSidedP(1.959963984540054)).toBeCloseTo(0.05, 14);
  });
});

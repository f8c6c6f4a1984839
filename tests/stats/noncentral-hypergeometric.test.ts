import {describe, expect, it} from "vitest";
import {noncentralHypergeometric} from "../../src/lib/stats/noncentral-hypergeometric.js";
import {conditionalOddsRatio} from "../../src/lib/stats/conditional-odds-ratio.js";

describe("noncentralHypergeometric", () => {
  const dist = noncentralHypergeometric(11, 33, 5, 18);
  it("has the support of the top-left cell given the margins", () => {
    expect([dist.lo, dist.hi]).toEqual([0, 16]);
  });
  it("is the central hypergeometric at odds ratio 1: mean = row 1 total × column 1 total / n", () => {
    expect(dist.mean(1)).toBeCloseTo((44 * 16) / 67, 13);
    expect(dist.density(1).reduce((s, p) => s + p, 0)).toBeCloseTo(1, 14);
  });
  it("puts all mass on lo / hi at odds ratio 0 / Infinity, as R's pnhyper", () => {
    expect([dist.mean(0), dist.mean(Infinity)]).toEqual([0, 16]);
    expect([dist.tail(3, 0, false), dist.tail(3, 0, true)]).toEqual([1, 0]);
    expect([dist.tail(16, Infinity, true), dist.tail(15, Infinity, false)]).toEqual([1, 0]);
  });
  it("has lower and upper tails that overlap exactly at q", () => {
    const d = dist.density(2.5);
    expect(dist.tail(7, 2.5, false) + dist.tail(7, 2.5, true) - d[7]).toBeCloseTo(1, 14);
  });
});

describe("conditionalOddsRatio", () => {
  it("returns exactly 1 when the observed cell is the mean at odds ratio 1, as R", () => {
    expect(conditionalOddsRatio(5, 5, 5, 5, 0.95, "two.sided").estimate).toBe(1);
  });
});

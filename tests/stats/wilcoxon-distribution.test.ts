import {describe, expect, it} from "vitest";
import {wilcoxonCounts, wilcoxonTail} from "../../src/lib/stats/wilcoxon-distribution.js";
import {loadFixture} from "./fixture.js";
import type {CountsCase} from "../../data-loaders/engine-validation/stats-building-blocks.js";

const countCases = loadFixture<CountsCase[]>("wilcoxon-counts");

describe("wilcoxonCounts", () => {
  it.each(countCases.map((c) => [c.m, c.n, c] as const))("m=%i, n=%i equals R dwilcox × choose(m + n, n)", (_m, _n, c) => {
    expect(Array.from(wilcoxonCounts(c.m, c.n))).toEqual(c.counts);
  });
  it("tails are complementary and clamp outside the support", () => {
    expect(wilcoxonTail(3, 3, 5, false) + wilcoxonTail(3, 3, 5, true)).toBeCloseTo(1, 15);
    expect(wilcoxonTail(-1, 3, 5, false)).toBe(0);
    expect(wilcoxonTail(15, 3, 5, false)).toBe(1);
  });
});

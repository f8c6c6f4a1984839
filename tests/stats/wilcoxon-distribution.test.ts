import {describe, expect, it} from "vitest";
import {averageRanks} from "../../src/lib/stats/average-ranks.js";
import {wilcoxonCounts, wilcoxonTail} from "../../src/lib/stats/wilcoxon-distribution.js";
import {loadFixture} from "./fixture.js";

interface CountsCase {m: number; n: number; counts: number[]}
interface RankCase {values: number[]; ranks: number[]; tieSum: number}
const countCases = loadFixture<CountsCase[]>("wilcoxon-counts");
const rankCases = loadFixture<RankCase[]>("ranks");

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

describe("averageRanks", () => {
  it.each(rankCases.map((c, i) => [i, c] as const))("case %i equals R rank() and the tie term", (_i, c) => {
    const result = averageRanks(Float64Array.from(c.values));
    expect(Array.from(result.ranks)).toEqual(c.ranks);
    expect(result.tieSum).toBe(c.tieSum);
  });
});

import {describe, expect, it} from "vitest";
import {averageRanks} from "../../src/lib/stats/average-ranks.js";
import {loadFixture} from "./fixture.js";
import type {RankCase} from "../../data-loaders/engine-validation/stats-building-blocks.js";

const rankCases = loadFixture<RankCase[]>("ranks");

describe("averageRanks", () => {
  it.each(rankCases.map((c, i) => [i, c] as const))("case %i equals R rank() and the tie term", (_i, c) => {
    const result = averageRanks(Float64Array.from(c.values));
    expect(Array.from(result.ranks)).toEqual(c.ranks);
    expect(result.tieSum).toBe(c.tieSum);
  });
});

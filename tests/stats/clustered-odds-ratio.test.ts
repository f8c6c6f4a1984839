import {describe, expect, it} from "vitest";
import {clusteredOddsRatio, oddsRatio} from "../../src/lib/stats/index.js";
import {loadFixture} from "./fixture.js";
import type {ClusteredOddsRatioCase} from "../../data-loaders/engine-validation/stats-clustered.js";
import {expectClose} from "./expect-close.js";

const cases = loadFixture<ClusteredOddsRatioCase[]>("clustered-odds-ratio");

describe("clusteredOddsRatio", () => {
  it("has reference-cohort, simulated and edge R cases", () => {
    expect(cases.filter((c) => c.label.startsWith("reference cohort")).length).toBeGreaterThanOrEqual(8);
    expect(cases.some((c) => c.se === null)).toBe(true);
  });
  it.each(cases.map((c, i) => [i, c.label, c.confLevel, c] as const))("case %i %s (%s) matches glm + vcovCL to 1e-9", (_i, _l, _c, c) => {
    const result = clusteredOddsRatio(c.y, c.x, c.cluster, {confLevel: c.confLevel});
    for (const key of ["estimate", "lower", "upper", "logOddsRatio", "se", "p"] as const) expectClose(result[key], c[key], 1e-9, key);
  });
  it("estimates the sample odds ratio of the 2×2 table", () => {
    const y = [1, 1, 0, 0, 0, 1, 0, 0, 0, 0];
    const x = [1, 1, 1, 1, 1, 0, 0, 0, 0, 0];
    expect(clusteredOddsRatio(y, x, y.map((_, i) => i)).estimate).toBeCloseTo(oddsRatio([[2, 3], [1, 4]]).estimate!, 14);
  });
  it("rejects exposures other than 0/1 and mismatched lengths", () => {
    expect(() => clusteredOddsRatio([0, 1], [0, 3], [1, 2])).toThrow("exposure[1] is 3, expected 0 or 1");
    expect(() => clusteredOddsRatio([0, 1], [0], [1, 2])).toThrow("exposure has 1 values, expected 2 (one per observation)");
    expect(() => clusteredOddsRatio([0, 1], [0, 1], [1, 2], {confLevel: 1})).toThrow("confLevel is 1");
  });
});

import {describe, expect, it} from "vitest";
import {clusteredProportion, wilsonInterval} from "../../src/lib/stats/index.js";
import {loadFixture} from "./fixture.js";
import type {ClusteredProportionCase} from "../../data-loaders/engine-validation/stats-clustered.js";
import {expectClose} from "./expect-close.js";

const cases = loadFixture<ClusteredProportionCase[]>("clustered-proportion");

describe("clusteredProportion", () => {
  it("has reference-cohort, simulated and edge R cases", () => {
    expect(cases.filter((c) => c.label.startsWith("reference cohort")).length).toBeGreaterThanOrEqual(16);
    expect(cases.some((c) => c.lower === null)).toBe(true);
  });
  it.each(cases.map((c, i) => [i, c.label, c.confLevel, c] as const))("case %i %s (%s) matches glm + vcovCL to 1e-9", (_i, _l, _c, c) => {
    const result = clusteredProportion(c.y, c.cluster, {confLevel: c.confLevel});
    expectClose(result.estimate, c.estimate, 1e-9, "estimate");
    expectClose(result.lower, c.lower, 1e-9, "lower");
    expectClose(result.upper, c.upper, 1e-9, "upper");
  });
  it("with one observation per cluster is the logit Wald interval widened by n/(n − 1)", () => {
    const y = [1, 0, 0, 1, 0, 0, 0, 1, 0, 0];
    const result = clusteredProportion(y, y.map((_, i) => i));
    expect(result.se).toBeCloseTo(Math.sqrt((10 / 9) / (10 * 0.3 * 0.7)), 14);
    expect(result.clusters).toBe(10);
  });
  it("is wider than Wilson when events cluster in few patients", () => {
    const y = [1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0];
    const result = clusteredProportion(y, [1, 1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    const naive = wilsonInterval(4, 12);
    expect(result.upper! - result.lower!).toBeGreaterThan(naive.upper - naive.lower);
  });
  it("rejects outcomes other than 0/1 and mismatched clusters", () => {
    expect(() => clusteredProportion([0, 2], [1, 2])).toThrow("outcome[1] is 2, expected 0 or 1");
    expect(() => clusteredProportion([0, 1], [1])).toThrow("cluster has 1 values, expected 2 (one per observation)");
    expect(() => clusteredProportion([0, 1], [1, NaN])).toThrow("cluster[1] is NaN, expected a finite number");
    expect(() => clusteredProportion([], [])).toThrow("outcome has 0 values, expected at least 1");
  });
});

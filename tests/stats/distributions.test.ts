import {describe, expect, it} from "vitest";
import {chiSquareUpperTail, hypergeometricLogPmf, normalQuantile, normalTwoSidedP} from "../../src/lib/stats/distributions.js";
import {expectRelative, loadFixture} from "./fixture.js";
import type {DhyperCase} from "../../data-loaders/engine-validation/stats-building-blocks.js";

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

describe("hypergeometricLogPmf", () => {
  const cases = loadFixture<DhyperCase[]>("dhyper");
  it.each(cases.map((c) => [c.x, c.m, c.n, c.k, c] as const))("dhyper(%i, %i, %i, %i, log = TRUE) to 1e-12", (_x, _m, _n, _k, c) => {
    expectRelative(hypergeometricLogPmf(c.x, c.m, c.n, c.k), c.log, 1e-12, "log pmf");
  });
  it("is -Infinity outside the support", () => {
    expect(hypergeometricLogPmf(6, 5, 7, 6)).toBe(-Infinity);
  });
});

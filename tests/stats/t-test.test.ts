import {describe, expect, it} from "vitest";
import {tTest} from "../../src/lib/stats/t-test.js";
import {expectRelative, loadFixture} from "./fixture.js";
import type {TCase} from "../../data-loaders/engine-validation/stats-samples.js";

const cases = loadFixture<TCase[]>("ttest");

describe("tTest", () => {
  it.each(cases.map((c, i) => [i, c.x.length, c.y.length, c.varEqual, c.confLevel, c] as const))("case %i (nx=%i, ny=%i, varEqual=%s, %s) matches R t.test to 1e-9", (_i, _nx, _ny, _v, _l, c) => {
    const result = tTest(c.x, c.y, {varEqual: c.varEqual, confLevel: c.confLevel});
    expectRelative(result.t, c.t, 1e-9, "t");
    expectRelative(result.df, c.df, 1e-9, "df");
    expectRelative(result.p, c.p, 1e-9, "p");
    expectRelative(result.meanX, c.meanX, 1e-12, "meanX");
    expectRelative(result.meanY, c.meanY, 1e-12, "meanY");
    expectRelative(result.difference, c.difference, 1e-9, "difference");
    expectRelative(result.lower, c.lower, 1e-9, "lower");
    expectRelative(result.upper, c.upper, 1e-9, "upper");
  });
  it("rejects bad samples with messages naming the argument", () => {
    expect(() => tTest([1, 2, NaN], [1, 2])).toThrow("x[2] is NaN, expected a finite number");
    expect(() => tTest([1, 2], [1, Infinity])).toThrow("y[1] is Infinity, expected a finite number");
    expect(() => tTest([1, 2], [3])).toThrow("y has 1 value, expected at least 2");
    expect(() => tTest([1], [2], {varEqual: true})).toThrow("x and y have 2 values together, expected at least 3");
    expect(() => tTest([1, 1], [1, 1])).toThrow("x and y are essentially constant, the t statistic is undefined");
  });
});

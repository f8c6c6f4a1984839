import {describe, expect, it} from "vitest";
import {mannWhitneyU} from "../../src/lib/stats/mann-whitney-u.js";
import type {Alternative} from "../../src/lib/stats/check-input.js";
import {expectRelative, loadFixture} from "./fixture.js";
import type {MannWhitneyCase} from "../../data-loaders/engine-validation/stats-samples.js";

const cases = loadFixture<MannWhitneyCase[]>("mann-whitney");

describe("mannWhitneyU", () => {
  it("covers exact and normal-approximation cases, with and without ties, below and above n = 50", () => {
    expect(cases.some((c) => c.exactUsed)).toBe(true);
    expect(cases.some((c) => !c.exactUsed && c.exact === null)).toBe(true);
    expect(cases.some((c) => c.x.length >= 50)).toBe(true);
    expect(cases.some((c) => c.x.length === 49 && c.y.length === 49 && c.exactUsed)).toBe(true);
  });
  it.each(cases.map((c, i) => [i, c.x.length, c.y.length, c.alternative, c.exact, c.correct, c] as const))("case %i (nx=%i, ny=%i, %s, exact=%s, correct=%s) matches R wilcox.test to 1e-9", (_i, _nx, _ny, _a, _e, _c, c) => {
    const result = mannWhitneyU(c.x, c.y, {alternative: c.alternative, exact: c.exact ?? undefined, correct: c.correct});
    expect(result.w).toBe(c.w);
    expect(result.exact).toBe(c.exactUsed);
    expectRelative(result.p, c.p, 1e-9, "p");
  });
  it("rejects bad samples with messages naming the argument", () => {
    expect(() => mannWhitneyU([1, 2], [])).toThrow("y has 0 values, expected at least 1");
    expect(() => mannWhitneyU([1, null as unknown as number], [3])).toThrow("x[1] is null, expected a finite number");
    expect(() => mannWhitneyU([1], [3], {alternative: "up" as Alternative})).toThrow('alternative is "up", expected "two.sided", "less" or "greater"');
  });
});

import {describe, expect, it} from "vitest";
import {wilsonInterval} from "../../src/lib/stats/wilson-interval.js";
import {expectRelative, loadFixture} from "./fixture.js";
import type {BinomialCase} from "../../data-loaders/engine-validation/stats-proportions.js";

const cases = loadFixture<BinomialCase[]>("binomial");
const rows = cases.map((c) => [c.x, c.n, c.confLevel, c] as const);

describe("wilsonInterval", () => {
  it.each(rows)("%i/%i at %s matches R prop.test(correct = FALSE) to 1e-12", (_x, _n, _l, c) => {
    const result = wilsonInterval(c.x, c.n, {confLevel: c.confLevel});
    expect(result.estimate).toBe(c.x / c.n);
    expectRelative(result.lower, c.wilson[0], 1e-12, "lower");
    expectRelative(result.upper, c.wilson[1], 1e-12, "upper");
  });
  it("pins the limits at 0 and 1 for x = 0 and x = n", () => {
    expect(wilsonInterval(0, 10).lower).toBe(0);
    expect(wilsonInterval(10, 10).upper).toBe(1);
  });
  it("rejects bad counts with messages naming the argument", () => {
    expect(() => wilsonInterval(11, 10)).toThrow("x is 11, expected an integer between 0 and n = 10");
    expect(() => wilsonInterval(-1, 10)).toThrow("x is -1, expected an integer between 0 and n = 10");
    expect(() => wilsonInterval(1, 0)).toThrow("n is 0, expected a positive integer");
    expect(() => wilsonInterval(1, 2.5)).toThrow("n is 2.5, expected a positive integer");
    expect(() => wilsonInterval(1, 10, {confLevel: 1})).toThrow("confLevel is 1, expected a number strictly between 0 and 1");
  });
});

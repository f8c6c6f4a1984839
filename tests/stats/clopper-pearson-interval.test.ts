import {describe, expect, it} from "vitest";
import {clopperPearsonInterval} from "../../src/lib/stats/clopper-pearson-interval.js";
import {expectRelative, loadFixture} from "./fixture.js";
import type {BinomialCase} from "../../data-loaders/engine-validation/stats-proportions.js";

const cases = loadFixture<BinomialCase[]>("binomial");
const rows = cases.map((c) => [c.x, c.n, c.confLevel, c] as const);

describe("clopperPearsonInterval", () => {
  it.each(rows)("%i/%i at %s matches R binom.test to 1e-9", (_x, _n, _l, c) => {
    const result = clopperPearsonInterval(c.x, c.n, {confLevel: c.confLevel});
    expect(result.estimate).toBe(c.x / c.n);
    expectRelative(result.lower, c.clopperPearson[0], 1e-9, "lower");
    expectRelative(result.upper, c.clopperPearson[1], 1e-9, "upper");
  });
  it("rejects bad counts with messages naming the argument", () => {
    expect(() => clopperPearsonInterval(3, 2)).toThrow("x is 3, expected an integer between 0 and n = 2");
    expect(() => clopperPearsonInterval(NaN, 2)).toThrow("x is NaN, expected an integer between 0 and n = 2");
  });
});

import {describe, expect, it} from "vitest";
import {benjaminiHochberg} from "../../src/lib/stats/benjamini-hochberg.js";
import {expectRelative, loadFixture} from "./fixture.js";
import type {BhCase} from "../../data-loaders/engine-validation/stats-samples.js";

const cases = loadFixture<BhCase[]>("bh");

describe("benjaminiHochberg", () => {
  it.each(cases.map((c, i) => [i, c.p.length, c] as const))("case %i (%i values) matches R p.adjust(p, \"BH\") to 1e-12", (_i, _n, c) => {
    const result = benjaminiHochberg(c.p);
    expect(result).toHaveLength(c.p.length);
    result.forEach((v, i) => expectRelative(v, c.adjusted[i], 1e-12, `adjusted[${i}]`));
  });
  it("passes NaN and undefined through as null, outside the count", () => {
    expect(benjaminiHochberg([0.01, NaN, 0.04, undefined])).toEqual([0.02, null, 0.04, null]);
    expect(benjaminiHochberg([])).toEqual([]);
  });
  it("rejects values outside [0, 1] naming the index", () => {
    expect(() => benjaminiHochberg([0.1, 1.5])).toThrow("pValues[1] is 1.5, expected a number between 0 and 1, null or NaN");
    expect(() => benjaminiHochberg([-0.1])).toThrow("pValues[0] is -0.1, expected a number between 0 and 1, null or NaN");
  });
});

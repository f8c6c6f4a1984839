import {describe, expect, it} from "vitest";
import {fisherExact} from "../../src/lib/stats/fisher-exact.js";
import type {Alternative, Table2x2} from "../../src/lib/stats/check-input.js";
import {expectRelative, loadFixture} from "./fixture.js";
import type {FisherCase} from "../../data-loaders/engine-validation/stats-tables.js";

const cases = loadFixture<FisherCase[]>("fisher");

describe("fisherExact", () => {
  it("has a spread of R reference cases", () => {
    expect(cases.length).toBeGreaterThan(100);
  });
  it.each(cases.map((c, i) => [i, JSON.stringify(c.table), c.alternative, c] as const))("case %i %s %s matches R fisher.test p value to 1e-9", (_i, _t, _a, c) => {
    expectRelative(fisherExact(c.table, {alternative: c.alternative}).p, c.p, 1e-9, "p");
  });
  it("gives the study's grade >= 3 toxicity p value (11/44 vs 5/23)", () => {
    const result = fisherExact([[11, 33], [5, 18]]);
    expect(result.p).toBe(1);
    expect(result.alternative).toBe("two.sided");
  });
  it("rejects bad tables and options with messages naming the argument", () => {
    expect(() => fisherExact([[1, 2], [-2, 3]])).toThrow("table[1][0] is -2, expected a non-negative integer");
    expect(() => fisherExact([[1, 2.5], [2, 3]])).toThrow("table[0][1] is 2.5, expected a non-negative integer");
    expect(() => fisherExact([[1, 2], [NaN, 3]])).toThrow("table[1][0] is NaN, expected a non-negative integer");
    expect(() => fisherExact([[1, 2, 3], [4, 5, 6]] as unknown as Table2x2)).toThrow("table[0] has 3 columns, expected 2");
    expect(() => fisherExact([[1, 2], [3, 4], [5, 6]] as unknown as Table2x2)).toThrow("table has 3 rows, expected 2");
    expect(() => fisherExact([[1, 2], [3]] as unknown as Table2x2)).toThrow("table[1] has 1 columns, expected 2 (the length of table[0])");
    expect(() => fisherExact([[1, 2], [3, 4]], {alternative: "both" as Alternative})).toThrow('alternative is "both", expected "two.sided", "less" or "greater"');
  });
});

import {describe, expect, it} from "vitest";
import {chiSquareTest} from "../../src/lib/stats/chi-square-test.js";
import {expectRelative, loadFixture} from "./fixture.js";
import type {ChisqCase} from "../../data-loaders/engine-validation/stats-tables.js";

const cases = loadFixture<ChisqCase[]>("chisq");

describe("chiSquareTest", () => {
  it("covers 2×2 and larger tables", () => {
    expect(cases.some((c) => c.table.length > 2 || c.table[0].length > 2)).toBe(true);
    expect(cases.length).toBeGreaterThan(100);
  });
  it.each(cases.map((c, i) => [i, JSON.stringify(c.table), c.correct, c] as const))("case %i %s correct=%s matches R chisq.test to 1e-9", (_i, _t, _c, c) => {
    const result = chiSquareTest(c.table, {correct: c.correct});
    expect(result.df).toBe(c.df);
    result.expected.forEach((row, i) => row.forEach((e, j) => expectRelative(e, c.expected[i][j], 1e-12, `expected[${i}][${j}]`)));
    if (c.chisq === null) {
      // R gives NaN (written as null) when a row or column sum is zero
      expect(result.chisq).toBeNaN();
      expect(result.p).toBeNaN();
    } else {
      expectRelative(result.chisq, c.chisq, 1e-9, "chisq");
      expectRelative(result.p, c.p, 1e-9, "p");
    }
  });
  it("applies Yates' correction by default to 2×2 tables only", () => {
    expect(chiSquareTest([[11, 33], [5, 18]]).chisq).toBeCloseTo(chiSquareTest([[11, 33], [5, 18]], {correct: true}).chisq, 15);
    expect(chiSquareTest([[10, 4], [7, 12], [9, 3]]).chisq).toBe(chiSquareTest([[10, 4], [7, 12], [9, 3]], {correct: false}).chisq);
  });
  it("rejects bad tables with messages naming the cell", () => {
    expect(() => chiSquareTest([[1, 2], [3, 4], [5, -1]])).toThrow("table[2][1] is -1, expected a non-negative integer");
    expect(() => chiSquareTest([[1, 2, 3]])).toThrow("table has 1 row, expected at least 2");
    expect(() => chiSquareTest([[1], [2]])).toThrow("table[0] has 1 column, expected at least 2");
    expect(() => chiSquareTest([[1, 2], [3, "4" as unknown as number]])).toThrow('table[1][1] is "4", expected a non-negative integer');
  });
});

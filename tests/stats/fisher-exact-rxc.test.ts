import {describe, expect, it} from "vitest";
import {fisherExact, fisherExactRxC} from "../../src/lib/stats/index.js";
import {expectRelative, loadFixture} from "./fixture.js";
import type {FisherRxCCase} from "../../data-loaders/engine-validation/stats-clustered.js";

const cases = loadFixture<FisherRxCCase[]>("fisher-rxc");

describe("fisherExactRxC", () => {
  it("has 2×3, 3×3, 5×2, sparse and zero-margin R cases", () => {
    const shapes = new Set(cases.map((c) => `${c.table.length}x${c.table[0].length}`));
    for (const shape of ["2x3", "3x3", "5x2", "2x5", "3x4"]) expect(shapes).toContain(shape);
    expect(cases.some((c) => c.table.some((row) => row.every((v) => v === 0)))).toBe(true);
  });
  it.each(cases.map((c, i) => [i, JSON.stringify(c.table), c] as const))("case %i %s matches R fisher.test to 1e-9", (_i, _t, c) => {
    expectRelative(fisherExactRxC(c.table).p, c.p, 1e-9, "p");
  });
  it("gives the reference cohort's primary tumour by arm P (R 0.910)", () => {
    expect(fisherExactRxC([[23, 10, 3, 2, 6], [15, 4, 1, 1, 2]]).p).toBeCloseTo(0.9102848757931, 12);
  });
  it("is R's 2×2 test on a 2×2 table", () => {
    expect(fisherExactRxC([[0, 2], [5, 3]]).p).toBe(fisherExact([[0, 2], [5, 3]]).p);
  });
  it("drops empty rows and columns, and is 1 when fewer than two of either remain", () => {
    expect(fisherExactRxC([[0, 3, 0], [4, 0, 6]]).p).toBe(fisherExactRxC([[3, 0], [0, 4], [0, 6]]).p);
    expect(fisherExactRxC([[0, 0], [5, 6], [0, 0]]).p).toBe(1);
  });
  it("throws for a table with no counts, as R does", () => {
    expect(() => fisherExactRxC([[0, 0, 0], [0, 0, 0]])).toThrow("table has no counts");
  });
  it("refuses tables too large to enumerate with a clear message", () => {
    const big = [[20, 15, 12, 18, 10], [14, 22, 9, 11, 16], [9, 13, 20, 15, 12], [17, 10, 14, 9, 21]];
    expect(() => fisherExactRxC(big)).toThrow(/table is too large for exact enumeration \(more than 5000000 partial tables with these margins\)/);
    expect(() => fisherExactRxC([[12, 5, 7], [3, 9, 14], [6, 8, 2]], {maxNodes: 10})).toThrow("more than 10 partial tables");
  });
  it("rejects bad cells with messages naming the cell", () => {
    expect(() => fisherExactRxC([[1, 2, 3], [4, -1, 6]])).toThrow("table[1][1] is -1, expected a non-negative integer");
    expect(() => fisherExactRxC([[1, 2, 3]])).toThrow("table has 1 row, expected at least 2");
  });
});

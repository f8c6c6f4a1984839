import {describe, expect, it} from "vitest";
import {countTicks} from "../../src/components/count-ticks.js";

describe("countTicks", () => {
  it("gives whole numbers only, however short the axis", () => {
    expect(countTicks(2)).toEqual([0, 1, 2]);
    expect(countTicks(0)).toEqual([0, 1]);
    expect(countTicks(1.5)).toEqual([0, 1, 2]);
    expect(countTicks(40)).toEqual([0, 5, 10, 15, 20, 25, 30, 35, 40]);
    for (let max = 0; max < 60; ++max) expect(countTicks(max).every(Number.isInteger)).toBe(true);
  });
});

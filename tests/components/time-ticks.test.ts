import {expect, it} from "vitest";
import {monthTicks, yearTicks} from "../../src/components/time-ticks.js";

it("uses the smallest familiar month step that keeps the axis readable", () => {
  expect(monthTicks(40)).toEqual([0, 6, 12, 18, 24, 30, 36, 42]);
  expect(monthTicks(100)).toEqual([0, 24, 48, 72, 96, 120]);
  expect(monthTicks(200)).toEqual([0, 36, 72, 108, 144, 180, 216]);
  expect(monthTicks(5)).toEqual([0, 1, 2, 3, 4, 5]);
});

it("always spans the follow-up, even when there is none", () => {
  expect(monthTicks(0)).toEqual([0, 1]);
  expect(monthTicks(2000).at(-1)).toBeGreaterThanOrEqual(2000);
  expect(monthTicks(2000).length).toBeLessThanOrEqual(9);
});

it("reads a years axis in whole years, or in quarter and half years when it is short", () => {
  expect(yearTicks(100)).toEqual([0, 24, 48, 72, 96, 120]);
  expect(yearTicks(168, 10)).toEqual([0, 24, 48, 72, 96, 120, 144, 168]);
  expect(yearTicks(12)).toEqual([0, 3, 6, 9, 12]);
  expect(yearTicks(18, 4)).toEqual([0, 6, 12, 18]);
  expect(yearTicks(0)).toEqual([0, 3]);
});

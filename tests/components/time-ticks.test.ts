import {expect, it} from "vitest";
import {monthTicks} from "../../src/components/time-ticks.js";

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

import {expect, it} from "vitest";
import {dropoutHazard} from "../../src/lib/design/index.js";

it("dropoutHazard loses the given share in a year", () => {
  expect(Math.exp(-12 * dropoutHazard(0.1))).toBeCloseTo(0.9, 15);
  expect(dropoutHazard(0)).toBe(0);
  expect(() => dropoutHazard(1)).toThrow("dropout is 1, expected a proportion per year from 0 to below 1");
});

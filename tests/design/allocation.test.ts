import {expect, it} from "vitest";
import {treatmentFraction} from "../../src/lib/design/index.js";

it("treatmentFraction: ratio treatment : control as the treatment share", () => {
  expect(treatmentFraction(1)).toBe(0.5);
  expect(treatmentFraction(2)).toBeCloseTo(2 / 3, 15);
  expect(() => treatmentFraction(0)).toThrow("allocation ratio is 0, expected a positive number");
});

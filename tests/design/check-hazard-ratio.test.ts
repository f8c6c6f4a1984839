import {expect, it} from "vitest";
import {checkHazardRatio} from "../../src/lib/design/check-hazard-ratio.js";

it("checkHazardRatio refuses a ratio no trial can detect or that is no ratio", () => {
  expect(() => checkHazardRatio(0.7)).not.toThrow();
  expect(() => checkHazardRatio(1)).toThrow("hazard ratio is 1");
  expect(() => checkHazardRatio(-0.5)).toThrow("hazard ratio is -0.5, expected a positive number");
  expect(() => checkHazardRatio(NaN)).toThrow("expected a positive number");
});

// |actual − expected| <= tolerance · max(1, |expected|), the measure of the
// /methods validation table: values near 0 (a log odds ratio of R's −3e-16
// against an exact 0) compare absolutely, larger ones relatively.
import {expect} from "vitest";
import {relativeDifference} from "../../data-loaders/engine-validation/compare.js";

export function expectClose(actual: number | null, expected: number | null, tolerance: number, label: string): void {
  if (expected === null) {
    expect(actual, label).toBeNull();
    return;
  }
  expect(actual, label).not.toBeNull();
  expect(relativeDifference(actual as number, expected), `${label}: ${actual} vs R ${expected}`).toBeLessThanOrEqual(tolerance);
}

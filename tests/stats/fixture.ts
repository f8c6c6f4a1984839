// Loads the committed R reference values written by tests/fixtures/stats.R.
import {expect} from "vitest";
import {readFixture} from "../../data-loaders/engine-validation/read-fixture.js";

export const loadFixture = <T>(name: string): T => readFixture<T>(`stats-${name}.json`);

/** Asserts |actual − expected| <= tolerance·|expected|; exact equality for 0, ±Infinity and null. */
export function expectRelative(actual: number | null, expected: number | null, tolerance: number, label = ""): void {
  if (expected === null || expected === 0 || !Number.isFinite(expected)) {
    expect(actual, label).toBe(expected);
    return;
  }
  expect(actual, label).not.toBeNull();
  const error = Math.abs((actual as number) - expected) / Math.abs(expected);
  expect(error, `${label}: ${actual} vs R ${expected}`).toBeLessThanOrEqual(tolerance);
}

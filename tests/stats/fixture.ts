// Loads the committed R reference values written by tests/fixtures/stats.R.
import {readFileSync} from "node:fs";
import {expect} from "vitest";

/** Parses a fixture, turning R's "Inf" / "-Inf" strings back into numbers. */
export function loadFixture<T>(name: string): T {
  const text = readFileSync(new URL(`../fixtures/stats-${name}.json`, import.meta.url), "utf8");
  return JSON.parse(text, (_key, value) => (value === "Inf" ? Infinity : value === "-Inf" ? -Infinity : value));
}

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

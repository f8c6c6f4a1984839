// The equality of an analysis from the risk table and from the patient rows:
// numbers equal to 1e-12 relative, everything else exactly, typed arrays
// compared as arrays.
import {expect} from "vitest";

export function expectSame(actual: unknown, expected: unknown, path = "result"): void {
  if (ArrayBuffer.isView(expected)) return expectSame(Array.from(actual as ArrayLike<number>), Array.from(expected as unknown as ArrayLike<number>), path);
  if (typeof expected === "number" && typeof actual === "number") {
    if (Number.isNaN(expected)) return void expect(actual, path).toBeNaN();
    if (!Number.isFinite(expected)) return void expect(actual, path).toBe(expected);
    return void expect(Math.abs(actual - expected) / Math.max(1, Math.abs(expected)), `${path}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-12);
  }
  if (expected && typeof expected === "object") {
    expect(actual, path).toBeTypeOf("object");
    const keys = Object.keys(expected as object);
    expect(Object.keys(actual as object).sort(), path).toEqual(keys.sort());
    for (const k of keys) expectSame((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], `${path}.${k}`);
    return;
  }
  expect(actual, path).toEqual(expected);
}

// Agreement with R to a relative tolerance. null (R's NA/NaN in the JSON)
// matches only null or NaN; typed arrays compare element-wise like arrays.
import {expect} from "vitest";

type Value = number | null | undefined | string | boolean | Value[] | ArrayLike<number> | {[key: string]: Value};

export function expectClose(actual: unknown, expected: unknown, rel = 1e-9, path = "value"): void {
  if (expected === null || expected === undefined) {
    const isMissing = actual === null || actual === undefined || (typeof actual === "number" && Number.isNaN(actual));
    if (!isMissing) expect.fail(`${path}: expected NA, got ${String(actual)}`);
    return;
  }
  if (typeof expected === "number") {
    if (typeof actual !== "number") expect.fail(`${path}: expected a number, got ${String(actual)}`);
    const ok = actual === expected || Math.abs(actual - expected) <= rel * Math.max(1, Math.abs(expected));
    if (!ok) expect.fail(`${path}: ${actual} vs R ${expected}`);
    return;
  }
  if (typeof expected === "string" || typeof expected === "boolean") {
    expect(actual, path).toBe(expected);
    return;
  }
  if (Array.isArray(expected)) {
    const list = actual as ArrayLike<unknown>;
    if (list?.length !== expected.length) expect.fail(`${path}: length ${list?.length}, R has ${expected.length}`);
    for (let i = 0; i < expected.length; ++i) expectClose(list[i], expected[i], rel, `${path}[${i}]`);
    return;
  }
  const object = expected as {[key: string]: Value};
  for (const key of Object.keys(object)) {
    expectClose((actual as {[key: string]: unknown})[key], object[key], rel, `${path}.${key}`);
  }
}

// Agreement with R to a relative tolerance. null (R's NA/NaN in the JSON)
// matches only null or NaN; typed arrays compare element-wise like arrays.
import {expect} from "vitest";

type Value = number | null | undefined | string | boolean | Value[] | ArrayLike<number> | {[key: string]: Value};

export function expectClose(actual: unknown, expected: unknown, rel = 1e-9, path = "value"): void {
  if (expected === null || expected === undefined) {
    const isMissing = actual === null || actual === undefined || (typeof actual === "number" && Number.isNaN(actual));
    expect(isMissing, `${path}: expected NA, got ${String(actual)}`).toBe(true);
    return;
  }
  if (typeof expected === "number") {
    expect(typeof actual, `${path}: expected a number, got ${String(actual)}`).toBe("number");
    const a = actual as number;
    const ok = a === expected || Math.abs(a - expected) <= rel * Math.max(1, Math.abs(expected));
    expect(ok, `${path}: ${a} vs R ${expected}`).toBe(true);
    return;
  }
  if (typeof expected === "string" || typeof expected === "boolean") {
    expect(actual, path).toBe(expected);
    return;
  }
  if (Array.isArray(expected)) {
    const list = actual as ArrayLike<unknown>;
    expect(list?.length, `${path}: length`).toBe(expected.length);
    for (let i = 0; i < expected.length; ++i) expectClose(list[i], expected[i], rel, `${path}[${i}]`);
    return;
  }
  const object = expected as {[key: string]: Value};
  for (const key of Object.keys(object)) {
    expectClose((actual as {[key: string]: unknown})[key], object[key], rel, `${path}.${key}`);
  }
}

import {describe, expect, it} from "vitest";
import {viewCache} from "../../src/components/view-cache.js";

describe("viewCache", () => {
  it("computes a view once and returns the same value for its key", () => {
    const cached = viewCache<number[]>();
    let calls = 0;
    const first = cached("a", () => (calls++, [1]));
    expect(cached("a", () => (calls++, [2]))).toBe(first);
    expect(cached("b", () => (calls++, [3]))).toEqual([3]);
    expect(calls).toBe(2);
  });

  it("drops the oldest view beyond its limit", () => {
    const cached = viewCache<string>(2);
    let calls = 0;
    for (const key of ["a", "b", "c", "a"]) cached(key, () => (calls++, key));
    expect(calls).toBe(4);
    cached("c", () => (calls++, "c"));
    expect(calls).toBe(4);
  });
});

describe("viewCache, bounded", () => {
  it("keeps a view asked for again over one asked for less recently", () => {
    const cached = viewCache<string>(2);
    let calls = 0;
    for (const key of ["a", "b", "a", "c"]) cached(key, () => (calls++, key));
    expect(calls).toBe(3);
    cached("a", () => (calls++, "a"));
    expect(calls).toBe(3);
    cached("b", () => (calls++, "b"));
    expect(calls).toBe(4);
  });
});

import {describe, expect, it} from "vitest";
import {viewCache} from "../../src/components/view-cache.js";

/** A compute that counts its calls. */
const counted = () => {
  const counter = {calls: 0, of: (key: string) => () => (counter.calls++, key)};
  return counter;
};

describe("viewCache", () => {
  it("computes a view once and returns the same value for its key", () => {
    const cached = viewCache<number[]>();
    let calls = 0;
    const first = cached("a", () => (calls++, [1]));
    expect(cached("a", () => (calls++, [2]))).toBe(first);
    expect(cached("b", () => (calls++, [3]))).toEqual([3]);
    expect(calls).toBe(2);
  });

  it("beyond its limit, drops the view least recently asked for", () => {
    const cached = viewCache<string>(2);
    const c = counted();
    for (const key of ["a", "b", "a", "c"]) cached(key, c.of(key));
    expect(c.calls).toBe(3);
    cached("a", c.of("a"));
    expect(c.calls).toBe(3);
    cached("b", c.of("b"));
    expect(c.calls).toBe(4);
  });

  it("keeps a view computed ahead until it is asked for, and then among the views seen", () => {
    const cached = viewCache<string>(2, 2);
    const c = counted();
    expect(cached.ahead("a", c.of("a"))).toBe("a");
    expect(cached.ahead("a", c.of("a"))).toBe("a");
    expect(cached("a", c.of("a"))).toBe("a");
    expect(c.calls).toBe(1);
    // Now seen, it outlives the views computed ahead after it.
    for (const key of ["b", "c", "d"]) cached.ahead(key, c.of(key));
    expect(cached("a", c.of("a"))).toBe("a");
    expect(c.calls).toBe(4);
    // Those computed ahead keep the two asked for most recently.
    cached("b", c.of("b"));
    expect(c.calls).toBe(5);
    cached("d", c.of("d"));
    expect(c.calls).toBe(5);
  });

  it("keeps, among the views computed ahead, one asked for ahead again over an older one", () => {
    const cached = viewCache<string>(2, 2);
    const c = counted();
    for (const key of ["x", "y", "x", "z"]) cached.ahead(key, c.of(key));
    expect(c.calls).toBe(3);
    cached.ahead("x", c.of("x"));
    expect(c.calls).toBe(3);
    cached.ahead("y", c.of("y"));
    expect(c.calls).toBe(4);
  });

  it("lets no view computed ahead push out a view asked for", () => {
    const cached = viewCache<string>(2, 2);
    const c = counted();
    cached("a", c.of("a"));
    cached("b", c.of("b"));
    for (const key of ["x", "y", "z", "b", "a"]) cached.ahead(key, c.of(key));
    expect(c.calls).toBe(5);
    cached("a", c.of("a"));
    cached("b", c.of("b"));
    expect(c.calls).toBe(5);
  });
});

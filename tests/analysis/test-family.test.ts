import {describe, expect, it} from "vitest";
import {testFamily, testKey} from "../../src/lib/analysis/test-family.js";
import {benjaminiHochberg} from "../../src/lib/stats/index.js";

describe("testFamily", () => {
  const rows = (...ids: string[]) => ids.map((id) => ({id}));
  // Three views; two show the same test of the same patients.
  const states = [
    {name: "a", rows: rows("1", "2"), p: 0.01},
    {name: "a", rows: rows("1", "2"), p: 0.01},
    {name: "a", rows: rows("1"), p: 0.04},
    {name: "b", rows: rows("1"), p: null}
  ];
  let calls = 0;
  const family = testFamily(states, (s) => [{key: testKey(s.name, s.rows), p: () => (++calls, s.p)}]);

  it("counts every view, and each distinct test once", () => {
    expect(family.views).toBe(4);
    expect(family.tests).toBe(2);
    expect(calls).toBe(3);
  });

  it("adjusts by Benjamini–Hochberg over the distinct tests with a P", () => {
    const [a12, a1] = benjaminiHochberg([0.01, 0.04]);
    expect(family.adjusted(testKey("a", rows("1", "2")))).toBe(a12);
    expect(family.adjusted(testKey("a", rows("1")))).toBe(a1);
    expect(a12).toBeCloseTo(0.02, 12);
    expect(family.adjusted(testKey("b", rows("1")))).toBeNull();
    expect(family.adjusted("never shown")).toBeNull();
  });

  it("keys a test by its name and its rows in order, so different patients make different tests", () => {
    expect(testKey("a", rows("1", "2"))).not.toBe(testKey("a", rows("12")));
    expect(testKey("a", rows("1", "2"))).not.toBe(testKey("b", rows("1", "2")));
  });
});

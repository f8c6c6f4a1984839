import {describe, expect, it} from "vitest";
import {uniroot} from "../../src/lib/stats/uniroot.js";
import {expectRelative, loadFixture} from "./fixture.js";
import type {UnirootCase} from "../../data-loaders/engine-validation/stats-building-blocks.js";

const cases = loadFixture<UnirootCase[]>("uniroot");
const functions: Record<string, (x: number) => number> = {
  "x^2 - 2": (x) => x ** 2 - 2,
  "cos(x) - x": (x) => Math.cos(x) - x,
  "exp(x) - 5": (x) => Math.exp(x) - 5,
  "x^3 - x - 1e-3": (x) => x ** 3 - x - 1e-3
};

describe("uniroot", () => {
  it.each(cases.map((c) => [c.name, c] as const))("replays R's iterates for %s (same root, not just a root)", (_name, c) => {
    const root = uniroot(functions[c.name], c.lower, c.upper);
    expectRelative(root, c.root, 1e-13, "root");
  });
  it("returns an end point that is an exact root, and rejects brackets without a sign change", () => {
    expect(uniroot((x) => x - 1, 1, 2)).toBe(1);
    expect(() => uniroot((x) => x * x + 1, -1, 1)).toThrow("uniroot: f() values at end points not of opposite sign");
  });
});

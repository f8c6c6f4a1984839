import {describe, expect, it} from "vitest";
import {mulberry32, substream} from "../../data-loaders/reconstruction/prng.js";

const draws = (rng: ReturnType<typeof mulberry32>, n = 8) => Array.from({length: n}, () => rng.next());

describe("mulberry32", () => {
  it("gives the reference implementation's first output for seed 42", () => {
    expect(mulberry32(42).next()).toBeCloseTo(0.6011037519201636, 15);
  });
});

describe("substream", () => {
  it("repeats per seed and index, and is mulberry32 at the seed mixed with the index", () => {
    expect(draws(substream(4, 1))).toEqual(draws(substream(4, 1)));
    expect(draws(substream(4, 1))).toEqual(draws(mulberry32((4 ^ Math.imul(2, 0x9e3779b9)) >>> 0)));
  });

  it("differs between indices, between seeds and from the seed's own stream, with no stream a shifted copy of another", () => {
    const streams = [substream(4, 0), substream(4, 1), substream(4, 2), substream(5, 0), mulberry32(4)].map((r) => draws(r, 200));
    const seen = new Set<number>();
    for (const s of streams) for (const u of s) seen.add(u);
    expect(seen.size).toBe(streams.length * 200);
  });
});

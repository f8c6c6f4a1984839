import {expect, it} from "vitest";
import {seededRandom} from "../../src/lib/design/index.js";

it("seededRandom repeats per seed, differs between seeds and is uniform", () => {
  const a = seededRandom(42);
  const b = seededRandom(42);
  const first = Array.from({length: 5}, a);
  expect(Array.from({length: 5}, b)).toEqual(first);
  // mulberry32's first output for seed 42 (reference implementation).
  expect(first[0]).toBeCloseTo(0.6011037519201636, 15);
  expect(seededRandom(43)()).not.toBe(first[0]);
  const r = seededRandom(7);
  const n = 100_000;
  let sum = 0;
  let outside = 0;
  const bins = new Array(10).fill(0);
  for (let i = 0; i < n; ++i) {
    const u = r();
    if (!(u >= 0 && u < 1)) ++outside;
    sum += u;
    ++bins[Math.floor(u * 10)];
  }
  expect(outside).toBe(0);
  expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.005);
  const chisq = bins.reduce((s, o) => s + (o - n / 10) ** 2 / (n / 10), 0);
  expect(chisq).toBeLessThan(27.9); // 99.9% point of chi-square(9)
  expect(() => seededRandom(1.5)).toThrow("seed is 1.5, expected an integer");
});

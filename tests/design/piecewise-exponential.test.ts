import {describe, expect, it} from "vitest";
import {cumulativeHazard, piecewiseExponential, scaleHazard, survivalProbability} from "../../src/lib/design/index.js";

describe("piecewiseExponential", () => {
  const model = piecewiseExponential([0, 6, 12], [0.05, 0.03, 0.02]);
  it("accumulates hazard piece by piece and runs the last piece on", () => {
    expect(cumulativeHazard(model, 3)).toBeCloseTo(0.15, 15);
    expect(cumulativeHazard(model, 10)).toBeCloseTo(0.3 + 0.12, 15);
    expect(cumulativeHazard(model, 30)).toBeCloseTo(0.3 + 0.18 + 0.36, 14);
    expect(survivalProbability(model, 10)).toBeCloseTo(Math.exp(-0.42), 15);
    expect(survivalProbability(model, 0)).toBe(1);
  });
  it("scales every hazard by the hazard ratio, so S_t = S_c^HR", () => {
    const treated = scaleHazard(model, 0.6);
    for (const t of [2, 8, 20]) expect(survivalProbability(treated, t)).toBeCloseTo(survivalProbability(model, t) ** 0.6, 14);
  });
  it("names the bad piece", () => {
    expect(() => piecewiseExponential([0, 5, 5], [1, 1, 1])).toThrow("start[2] is 5, expected a finite number > start[1] (5)");
    expect(() => piecewiseExponential([1], [1])).toThrow("start[0] is 1, expected 0");
    expect(() => piecewiseExponential([0, 1], [1, -2])).toThrow("hazard[1] is -2, expected a finite number >= 0");
    expect(() => piecewiseExponential([0, 1], [1])).toThrow("start has 2 pieces and hazard 1");
  });
});

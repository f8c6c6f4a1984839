import {describe, expect, it} from "vitest";
import {logRankTrend} from "../../src/lib/survival/index.js";
import {expectClose} from "./expect-close.js";
import {logRankFixture, splitInput} from "./log-rank-fixture.js";

describe("logRankTrend matches the trend statistic built from R survdiff's obs, exp and var", () => {
  for (const c of logRankFixture.cases) {
    it(`${c.name}, rho ${c.options.rho}`, () => {
      const {data, levels} = splitInput(c.input);
      const result = logRankTrend(data, {rho: c.options.rho, levels});
      if (Object.keys(c.trend).length === 0) {
        // R's U^2 / Var is NaN: nothing happened
        expect(result.variance).toBe(0);
        expect(result.chisq).toBeNull();
        expect(result.p).toBeNull();
      } else {
        expectClose(result, c.trend);
        expect(result.df).toBe(1);
      }
    });
  }

  it("uses given scores", () => {
    const {input, options, expected} = logRankFixture.trendScores;
    const {data, levels} = splitInput(input);
    expectClose(logRankTrend(data, {...options, levels}), expected);
  });

  it("rejects scores of the wrong length or non-finite scores", () => {
    const data = {time: [1, 2, 3, 4], event: [1, 0, 1, 1], group: ["a", "a", "b", "b"]};
    expect(() => logRankTrend(data, {scores: [1, 2, 3]})).toThrow("scores has length 3, expected 2 (the number of groups)");
    expect(() => logRankTrend(data, {scores: [1, NaN]})).toThrow("scores[1] is NaN, expected a finite number");
  });
});

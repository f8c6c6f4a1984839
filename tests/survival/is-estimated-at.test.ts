import {describe, expect, it} from "vitest";
import {isEstimatedAt, kaplanMeier} from "../../src/lib/survival/index.js";

describe("isEstimatedAt", () => {
  it("is true up to the last time and false past a last censoring", () => {
    const fit = kaplanMeier({time: [2, 5, 9], event: [1, 1, 0]});
    expect([0, 2, 8.9, 9].map((t) => isEstimatedAt(fit, t))).toEqual([true, true, true, true]);
    expect([9.1, 100].map((t) => isEstimatedAt(fit, t))).toEqual([false, false]);
  });

  it("stays true past the last time once the curve has reached 0", () => {
    const fit = kaplanMeier({time: [2, 5, 9], event: [0, 1, 1]});
    expect(fit.surv[fit.surv.length - 1]).toBe(0);
    expect(isEstimatedAt(fit, 120)).toBe(true);
  });

  it("knows only time 0 of an empty curve", () => {
    const empty = {time: new Float64Array(0), surv: new Float64Array(0)};
    expect([isEstimatedAt(empty, 0), isEstimatedAt(empty, 1)]).toEqual([true, false]);
  });
});

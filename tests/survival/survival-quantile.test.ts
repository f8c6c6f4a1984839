// survivalQuantile answers monotone curves in one pass; findq, the port of R's
// helper, answers everything. On any curve that never rises they must agree
// exactly, including the midpoint rules at a flat 0.5.
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {findq, survivalQuantile} from "../../src/lib/survival/survival-quantile.js";
import {kaplanMeier} from "../../src/lib/survival/index.js";

const sample = fc.array(fc.record({time: fc.integer({min: 0, max: 12}), event: fc.boolean()}), {minLength: 1, maxLength: 40});
const quantile = fc.constantFrom(0.25, 0.5, 0.75, 0.1);

describe("survivalQuantile", () => {
  it("equals findq on Kaplan-Meier curves of heavily tied samples", () => {
    fc.assert(
      fc.property(sample, quantile, (rows, p) => {
        const fit = kaplanMeier({time: rows.map((r) => r.time), event: rows.map((r) => r.event)});
        expect(survivalQuantile(fit.time, fit.surv, p)).toBe(findq(fit.time, fit.surv, p));
      }),
      {numRuns: 2000}
    );
  });

  it("equals findq on curves with flats at exactly 1 - p and at their end", () => {
    const curves: [number[], number[]][] = [
      [[1, 2, 3], [0.75, 0.5, 0.5]],
      [[1, 2, 3, 4], [0.75, 0.5, 0.5, 0.25]],
      [[1, 2], [1, 0.5]],
      [[1, 2, 3], [1, 1, 1]],
      [[1, 2], [0.5 + 1e-9, 0.25]],
      [[2, 5, 7], [0.6, 0.3, 0]]
    ];
    for (const [times, values] of curves) expect(survivalQuantile(times, values)).toBe(findq(times, values, 0.5));
    expect(survivalQuantile([1, 2, 3, 4], [0.75, 0.5, 0.5, 0.25])).toBe(3);
    expect(survivalQuantile([1, 2, 3], [0.75, 0.5, 0.5])).toBe(2.5);
  });

  it("leaves curves that rise or have NA to findq", () => {
    const times = [1, 2, 3];
    const values = [0.4, NaN, 0.6];
    expect(survivalQuantile(times, values)).toBe(findq(times, values, 0.5));
  });
});

import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {kaplanMeier, survivalAt, survivalAtTimes} from "../../src/lib/survival/index.js";
import {survivalBefore} from "../../src/lib/survival/survival-at.js";
import {loadFixture} from "./fixtures.js";
import type {AtTimesFixture} from "../../data-loaders/engine-validation/at-times.js";

const fixture = loadFixture<AtTimesFixture>("summary-at-times");

describe("survivalAt", () => {
  it("reads R summary(fit, times = t, extend = TRUE)$surv", () => {
    const cases = fixture.cases.filter((c) => c.extend);
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      const fit = kaplanMeier(c.input, c.options);
      const surv = c.expected.surv as number[];
      c.expected.time.forEach((t, i) => expect(survivalAt(fit, t)).toBeCloseTo(surv[i], 12));
    }
  });

  it("equals survivalAtTimes with extend at any time >= 0, event times and the end included", () => {
    const sample = fc.array(fc.record({time: fc.integer({min: 0, max: 20}), event: fc.boolean()}), {minLength: 1, maxLength: 40});
    fc.assert(
      fc.property(sample, fc.array(fc.oneof(fc.integer({min: 0, max: 25}), fc.double({min: 0, max: 25, noNaN: true})), {minLength: 1, maxLength: 8}), (rows, times) => {
        const fit = kaplanMeier({time: rows.map((r) => r.time), event: rows.map((r) => r.event)});
        for (const t of times) expect(survivalAt(fit, t)).toBe(survivalAtTimes(fit, [t], {extend: true}).surv[0]);
      }),
      {numRuns: 1000}
    );
  });
});

describe("survivalBefore", () => {
  it("is the curve just before t: 1 up to the first time, then the step before each fitted time", () => {
    const fit = kaplanMeier({time: [2, 4, 4, 7], event: [1, 1, 0, 1]});
    expect([0, 2, 3, 4, 5, 7, 9].map((t) => survivalBefore(fit, t))).toEqual([1, 1, survivalAt(fit, 2), survivalAt(fit, 2), survivalAt(fit, 4), survivalAt(fit, 4), survivalAt(fit, 7)]);
  });
});

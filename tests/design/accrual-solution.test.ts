import {describe, expect, it} from "vitest";
import {accrualSolution, dropoutHazard, expectedEvents, piecewiseExponential, scaleHazard} from "../../src/lib/design/index.js";
import {expectRelative, fixture} from "./fixture.js";

const armsOf = (c: {start: number[]; hazard: number[]; hr: number}) => {
  const control = piecewiseExponential(c.start, c.hazard);
  return {control, treatment: scaleHazard(control, c.hr)};
};

describe("accrualSolution", () => {
  it(`gives rpact ${fixture.rpact}'s patients and accrual rate for a given accrual and follow-up`, () => {
    for (const c of [...fixture.patients, ...fixture.cohort]) {
      for (const formula of ["schoenfeld", "freedman"] as const) {
        const r = c[formula];
        const got = accrualSolution(r.events, armsOf(c), {ratio: c.ratio, eta: dropoutHazard(c.dropout), accrualPeriod: c.accrual, solve: "patients", followUp: c.followUp});
        // rpact integrates the event probability numerically (agreement 1e-7 or better).
        expectRelative(got.patients, r.patients, 1e-6, `${formula} HR ${c.hr} patients`);
        expectRelative(got.rate, r.rate!, 1e-6, `${formula} HR ${c.hr} rate`);
        if (r.quadrature !== undefined) expectRelative(got.patients, r.quadrature, 1e-10, `${formula} HR ${c.hr} patients by quadrature`);
        expect(got.duration).toBe(r.duration);
      }
    }
  });
  it(`gives rpact ${fixture.rpact}'s follow-up for a given accrual rate and period`, () => {
    for (const c of fixture.durations) {
      for (const formula of ["schoenfeld", "freedman"] as const) {
        const r = c[formula];
        const got = accrualSolution(r.events, armsOf(c), {ratio: c.ratio, eta: dropoutHazard(c.dropout), accrualPeriod: c.accrual, solve: "duration", rate: c.rate});
        // rpact's own root finder stops at about 1e-6 relative.
        expectRelative(got.followUp, r.followUp!, 1e-5, `${formula} HR ${c.hr} follow-up`);
        expectRelative(got.duration, r.duration, 1e-5, `${formula} HR ${c.hr} duration`);
        expect(got.patients).toBeCloseTo(r.patients, 9);
      }
    }
  });
  it("stops before accrual ends when the events come early, with only the patients entered by then", () => {
    const control = piecewiseExponential([0], [0.2]);
    const arms = {control, treatment: scaleHazard(control, 0.5)};
    const plan = {ratio: 1, eta: 0, accrualPeriod: 60, solve: "duration" as const, rate: 20};
    const got = accrualSolution(50, arms, plan);
    expect(got.duration).toBeLessThan(60);
    expect(got.followUp).toBeLessThan(0);
    expect(got.patients).toBeCloseTo(20 * got.duration, 9);
    expect(expectedEvents(arms, plan, 20, got.duration)).toBeCloseTo(50, 6);
  });
  it("says when the accrual cannot give the events", () => {
    const control = piecewiseExponential([0], [0.02]);
    expect(() => accrualSolution(300, {control, treatment: scaleHazard(control, 0.7)}, {ratio: 1, eta: dropoutHazard(0.2), accrualPeriod: 12, solve: "duration", rate: 10})).toThrow(
      /^10 patients a month for 12 months \(120 patients\) are expected to give \d+ events even after 100 years, fewer than the 300 required: enrol more patients$/
    );
  });
});

import {describe, expect, it} from "vitest";
import {expectedEvents, piecewiseExponential, scaleHazard} from "../../src/lib/design/index.js";

describe("expectedEvents", () => {
  const control = piecewiseExponential([0, 6, 12], [0.05, 0.03, 0.02]);
  const arms = {control, treatment: scaleHazard(control, 0.6)};
  const enrolment = {ratio: 1, eta: 0.01, accrualPeriod: 24};
  it("grows with calendar time towards everyone enrolled having an event or dropping out", () => {
    const times = [1, 12, 24, 36, 60, 600];
    const events = times.map((T) => expectedEvents(arms, enrolment, 10, T));
    for (let i = 1; i < events.length; ++i) expect(events[i]).toBeGreaterThan(events[i - 1]);
    expect(events[events.length - 1]).toBeLessThan(240);
  });
  it("counts only patients entered by T during accrual", () => {
    // At T = 1 month, 10 patients have entered uniformly over that month.
    const early = expectedEvents(arms, enrolment, 10, 1);
    const h = (0.05 + 0.03) / 2;
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(10 * h);
  });
  it("weights the arms by allocation", () => {
    const both = expectedEvents(arms, {...enrolment, ratio: 3}, 10, 30);
    const treated = expectedEvents({control: arms.treatment, treatment: arms.treatment}, enrolment, 10, 30);
    const controls = expectedEvents({control, treatment: control}, enrolment, 10, 30);
    expect(both).toBeCloseTo(0.75 * treated + 0.25 * controls, 12);
  });
  it("names a bad accrual period", () => {
    expect(() => expectedEvents(arms, {...enrolment, accrualPeriod: 0}, 10, 5)).toThrow("accrual period is 0, expected a positive number of months");
  });
});

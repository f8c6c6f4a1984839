import {describe, expect, it} from "vitest";
import {integratedEventProbability, piecewiseExponential} from "../../src/lib/design/index.js";

describe("integratedEventProbability", () => {
  // One exponential arm, uniform accrual over A, extra follow-up F, dropout η:
  // the textbook probability of an event (Lachin & Foulkes 1986, Biometrics
  // 42:507–519, eq. for uniform entry; Collett, Modelling Survival Data in
  // Medical Research, §10.3) is
  //   P = λ/(λ+η) [1 − (e^{−(λ+η)F} − e^{−(λ+η)(A+F)}) / ((λ+η) A)],
  // the mean of D(s) over s in [F, A + F].
  it("gives the closed form for a single exponential", () => {
    const [lambda, eta, A, F] = [Math.log(2) / 12, 0.01, 24, 12];
    const c = lambda + eta;
    const closed = (lambda / c) * (1 - (Math.exp(-c * F) - Math.exp(-c * (A + F))) / (c * A));
    expect(integratedEventProbability(piecewiseExponential([0], [lambda]), eta, F, A + F) / A).toBeCloseTo(closed, 14);
    // Splitting the same hazard into pieces changes nothing.
    expect(integratedEventProbability(piecewiseExponential([0, 5, 17, 30], [lambda, lambda, lambda, lambda]), eta, F, A + F) / A).toBeCloseTo(closed, 14);
  });
  it("adds up over split ranges and is 0 on an empty range", () => {
    const model = piecewiseExponential([0, 6, 12], [0.05, 0.03, 0.02]);
    const whole = integratedEventProbability(model, 0.02, 3, 40);
    expect(integratedEventProbability(model, 0.02, 3, 9) + integratedEventProbability(model, 0.02, 9, 40)).toBeCloseTo(whole, 13);
    expect(integratedEventProbability(model, 0.02, 7, 7)).toBe(0);
  });
  it("never counts events on a piece without hazard", () => {
    expect(integratedEventProbability(piecewiseExponential([0, 5], [0, 0.1]), 0.05, 0, 5)).toBe(0);
  });
  it("names a bad range", () => {
    expect(() => integratedEventProbability(piecewiseExponential([0], [0.1]), 0, 5, 2)).toThrow("follow-up range is [5, 2]");
  });
});

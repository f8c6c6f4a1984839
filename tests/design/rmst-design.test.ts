import {describe, expect, it} from "vitest";
import {piecewiseExponential, rmstDesign} from "../../src/lib/design/index.js";
import {expectRelative, fixture} from "./fixture.js";

describe("rmstDesign", () => {
  it("gives the restricted means, their variances and the patients R's integrate() gives", () => {
    for (const c of fixture.rmst) {
      const got = rmstDesign({...c, control: piecewiseExponential(c.control.start, c.control.hazard), treatment: piecewiseExponential(c.treatment.start, c.treatment.hazard), accrualPeriod: c.accrual});
      expectRelative(got.control.rmst, c.controlArm.rmst, 1e-9, "control RMST");
      expectRelative(got.treatment.rmst, c.treatmentArm.rmst, 1e-9, "treatment RMST");
      expectRelative(got.control.variance, c.controlArm.variance, 1e-7, "control variance");
      expectRelative(got.treatment.variance, c.treatmentArm.variance, 1e-7, "treatment variance");
      expectRelative(got.patients, c.patients, 1e-7, "patients");
    }
  });
  it("gives the uncensored exponential's closed form", () => {
    // S = e^{−λt}, no censoring: RMST = (1 − e^{−λτ}) / λ and
    // σ² = ∫₀^τ (∫ₜ^τ S)² λ / S dt = (1 − 2λτ e^{−λτ} − e^{−2λτ}) / λ².
    const [lambda, tau] = [0.05, 20];
    const model = piecewiseExponential([0], [lambda]);
    const got = rmstDesign({control: model, treatment: piecewiseExponential([0], [0.03]), tau, alpha: 0.05, sided: 2, power: 0.8, ratio: 1, eta: 0, accrualPeriod: 1, followUp: 100});
    expect(got.control.rmst).toBeCloseTo((1 - Math.exp(-lambda * tau)) / lambda, 12);
    expectRelative(got.control.variance, (1 - 2 * lambda * tau * Math.exp(-lambda * tau) - Math.exp(-2 * lambda * tau)) / lambda ** 2, 1e-9, "variance");
  });
  it("refuses a tau past the end of the study", () => {
    const model = piecewiseExponential([0], [0.05]);
    expect(() => rmstDesign({control: model, treatment: model, tau: 40, alpha: 0.05, sided: 2, power: 0.8, ratio: 1, eta: 0, accrualPeriod: 24, followUp: 12})).toThrow("tau is 40, expected a time > 0 and before the study ends (36 months)");
    expect(() => rmstDesign({control: model, treatment: model, tau: 20, alpha: 0.05, sided: 2, power: 0.8, ratio: 1, eta: 0, accrualPeriod: 24, followUp: 12})).toThrow("same restricted mean");
  });
});

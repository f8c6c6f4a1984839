import {describe, expect, it} from "vitest";
import {dropoutHazard, piecewiseExponential, survivalProbability, trialDesign} from "../../src/lib/design/index.js";
import {expectRelative, fixture} from "./fixture.js";

describe("trialDesign", () => {
  it(`sizes each formula's trial as rpact ${fixture.rpact} does`, () => {
    for (const c of fixture.patients) {
      const design = trialDesign({control: piecewiseExponential(c.start, c.hazard), hr: c.hr, alpha: c.alpha, sided: c.sided, power: c.power, plan: {ratio: c.ratio, eta: dropoutHazard(c.dropout), accrualPeriod: c.accrual, solve: "patients", followUp: c.followUp}});
      expect(design.designs.map((d) => d.formula)).toEqual(["schoenfeld", "freedman"]);
      for (const d of design.designs) {
        expectRelative(d.events, c[d.formula].events, 1e-12, `${d.formula} events`);
        expectRelative(d.patients, c[d.formula].patients, 1e-6, `${d.formula} patients`);
        expectRelative(d.patients, c[d.formula].quadrature!, 1e-10, `${d.formula} patients by quadrature`);
      }
    }
  });
  it("assumes proportional hazards for the treatment arm", () => {
    const control = piecewiseExponential([0, 6], [0.05, 0.02]);
    const {treatment} = trialDesign({control, hr: 0.7, alpha: 0.05, sided: 2, power: 0.8, plan: {ratio: 1, eta: 0, accrualPeriod: 12, solve: "patients", followUp: 12}});
    expect(survivalProbability(treatment, 20)).toBeCloseTo(survivalProbability(control, 20) ** 0.7, 14);
  });
});

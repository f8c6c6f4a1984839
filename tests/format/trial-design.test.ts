import {describe, expect, it} from "vitest";
import {dropoutHazard, piecewiseExponential, rmstDesign, trialDesign} from "../../src/lib/design/index.js";
import {designRows, patientsByArm, protocolText, type DesignAssumptions} from "../../src/lib/format/trial-design.js";

const control = piecewiseExponential([0, 6, 12], [0.05, 0.03, 0.02]);
const assumptions: DesignAssumptions = {endpoint: "Time to progression", hr: 0.6, observed: {estimate: 0.5865, lower: 0.276, upper: 1.2463, confLevel: 0.95}, alpha: 0.05, sided: 2, power: 0.8, ratio: 1, accrualPeriod: 24, dropoutPerYear: 0.1, solve: "patients", controlPatients: 23};
const design = trialDesign({control, hr: 0.6, alpha: 0.05, sided: 2, power: 0.8, plan: {ratio: 1, eta: dropoutHazard(0.1), accrualPeriod: 24, solve: "patients", followUp: 12}});

describe("patientsByArm", () => {
  it("rounds up and splits by allocation", () => {
    expect(patientsByArm(302.41, 1)).toEqual([303, 152, 151]);
    expect(patientsByArm(240, 2)).toEqual([240, 160, 80]);
    // A whole number reached through floating point stays whole.
    expect(patientsByArm(120.0000000000001, 1)).toEqual([120, 60, 60]);
  });
});

describe("designRows", () => {
  it("gives one row per formula with the rounded numbers the page shows (rpact 3.3.4: 120.3 and 125.6 events, 302.4 and 315.6 patients)", () => {
    const rows = designRows(assumptions, design.designs);
    expect(rows.map((r) => [r.method, r.events, r.patients, r.patients_treatment, r.patients_control, r.duration_months])).toEqual([
      ["Schoenfeld events, log-rank test", 121, 303, 152, 151, 36],
      ["Freedman events, log-rank test", 126, 316, 158, 158, 36]
    ]);
    expect(rows[0]).toMatchObject({hazard_ratio: 0.6, alpha: 0.05, sided: 2, power: 0.8, accrual_months: 24, dropout_per_year: 0.1, accrual_per_month: 12.601, follow_up_months: 12});
  });
  it("adds the RMST design as a row", () => {
    const rmst = rmstDesign({control, treatment: design.treatment, tau: 24, alpha: 0.05, sided: 2, power: 0.8, ratio: 1, eta: dropoutHazard(0.1), accrualPeriod: 24, followUp: 12});
    const rows = designRows(assumptions, design.designs, rmst);
    expect(rows).toHaveLength(3);
    expect(rows[2]).toMatchObject({method: "Difference in restricted mean survival time", rmst_tau_months: 24, patients: Math.ceil(rmst.patients)});
  });
});

describe("protocolText", () => {
  it("states the test, the effect with its source, the events, the assumptions and the patients", () => {
    expect(protocolText(assumptions, design.designs)).toBe(
      "The primary endpoint is time to progression, compared between chemoembolization and bland embolization by a two-sided log-rank test at α = 0.05 with 1:1 randomization. " +
        "To detect a hazard ratio of 0.6 (the hazard ratio observed for chemoembolization against bland embolization in a retrospective cohort was 0.59, 95% CI 0.28–1.25) with 80% power, Schoenfeld's formula requires 121 events (Freedman's, 126). " +
        "The control arm's time to progression is assumed to follow the Kaplan–Meier curve of 23 bland-embolization patients of that cohort (exponential between its steps), the chemoembolization arm proportional hazards, and dropout 10% a year. " +
        "Patients are enrolled uniformly over 24.0 months (about 12.6 a month) and followed for at least 12.0 months after the last enrolment, so the analysis is expected 36.0 months after the first; 303 patients (152 chemoembolization, 151 bland embolization) are required, with the analysis when 121 events have occurred."
    );
  });
  it("describes a design solved for its length, and the RMST alternative", () => {
    const byRate = trialDesign({control, hr: 0.6, alpha: 0.05, sided: 1, power: 0.8, plan: {ratio: 2, eta: 0, accrualPeriod: 24, solve: "duration", rate: 10}});
    const rmst = rmstDesign({control, treatment: byRate.treatment, tau: 24, alpha: 0.05, sided: 1, power: 0.8, ratio: 2, eta: 0, accrualPeriod: 24, followUp: byRate.designs[0].followUp});
    const text = protocolText({...assumptions, sided: 1, ratio: 2, solve: "duration", dropoutPerYear: 0, observed: null}, byRate.designs, rmst);
    expect(text).toContain("a one-sided log-rank test at α = 0.05 with 2:1 randomization (chemoembolization : bland embolization)");
    expect(text).toContain(`At 10.0 patients a month over 24.0 months, the ${Math.ceil(byRate.designs[0].events)}th event is expected ${byRate.designs[0].duration.toFixed(1)} months after the first enrolment`);
    expect(text).toContain(`up to 24 months (${rmst.difference.toFixed(1)} months under the observed curves) is an alternative primary analysis; it requires ${Math.ceil(rmst.patients)} patients`);
    expect(text).not.toContain("retrospective cohort was");
  });
});

import {describe, expect, it} from "vitest";
import type {EffectEstimates} from "../../src/lib/analysis/effect-estimates.js";
import {formatEffectEstimates} from "../../src/lib/format/effect-estimates.js";

const estimates: EffectEstimates = {
  first: "chemoembolization",
  second: "bland",
  confLevel: 0.95,
  tauMax: 11.9,
  hazardRatio: {estimate: 0.586505, lower: 0.276013, upper: 1.246277, p: 0.1652977, proportionalHazards: {chisq: 2.1, df: 1, p: 0.147}},
  rmst: {tau: 11.9, tauRule: "shorter", tauMax: 11.9, fewAtRisk: [], first: 7.82999, second: 7.471154, difference: 0.358835, lower: -2.242576, upper: 2.960247, p: 0.79},
  note: null
};

describe("formatEffectEstimates", () => {
  it("gives the hazard ratio of the first group, then the restricted means and their difference, with a minus sign", () => {
    expect(formatEffectEstimates(estimates, "TTP")).toBe(
      "Hazard ratio, chemoembolization vs bland embolization: 0.59 (95% CI 0.28–1.25), P = 0.17 (Wald, Cox); proportional hazards: P = 0.15 (cox.zph). " +
        "Restricted mean TTP up to τ = 11.9 months (survRM2's default here: the shorter follow-up, the last time both curves are known): 7.8 (chemoembolization) vs 7.5 (bland embolization), " +
        "a difference of 0.4 months (95% CI −2.2 to 3.0)."
    );
  });

  it("warns when the test rejects proportional hazards, and only then", () => {
    const rejected = {...estimates, hazardRatio: {...estimates.hazardRatio!, proportionalHazards: {chisq: 6.8, df: 1, p: 0.009}}};
    expect(formatEffectEstimates(rejected, "TTP")).toContain(
      "proportional hazards: P = 0.009 (cox.zph). The hazards are not proportional, so the ratio averages an effect that changes over time; the restricted means do not assume it is constant. Restricted mean TTP"
    );
    expect(formatEffectEstimates(estimates, "TTP")).not.toContain("not proportional");
  });

  it("lets the note stand in for a missing estimate", () => {
    const note = "No events among bland embolization patients under these filters: no hazard ratio.";
    const text = formatEffectEstimates({...estimates, first: "carcinoid", second: "noncarcinoid", confLevel: 0.9, hazardRatio: null, note}, "OS");
    expect(text).toBe(
      "Restricted mean OS up to τ = 11.9 months (survRM2's default here: the shorter follow-up, the last time both curves are known): 7.8 (carcinoid) vs 7.5 (noncarcinoid), " +
        `a difference of 0.4 months (90% CI −2.2 to 3.0). ${note}`
    );
    expect(formatEffectEstimates({...estimates, hazardRatio: null, rmst: null, note: "No effect."}, "TTP")).toBe("No effect.");
  });

  it("says why tau is where it is, and when few patients are left there", () => {
    const longer = {...estimates, rmst: {...estimates.rmst!, tau: 90, tauMax: 90, tauRule: "longer" as const, fewAtRisk: [{group: "chemoembolization", n: 1}]}};
    expect(formatEffectEstimates(longer, "TTP")).toContain(
      "Restricted mean TTP up to τ = 90.0 months (survRM2's default here: the longer follow-up, since the shorter-followed group's curve ended at 0): " +
        "7.8 (chemoembolization) vs 7.5 (bland embolization), a difference of 0.4 months (95% CI −2.2 to 3.0). " +
        "Only 1 chemoembolization patient was still followed at τ, so the means rest on few patients near τ."
    );
    const chosen = {...estimates, rmst: {...estimates.rmst!, tau: 24, tauMax: 90, tauRule: "chosen" as const, fewAtRisk: [{group: "chemoembolization", n: 3}, {group: "bland", n: 2}]}};
    expect(formatEffectEstimates(chosen, "TTP")).toContain(
      "up to τ = 24.0 months (as chosen; these data support τ up to 90.0): 7.8 (chemoembolization) vs 7.5 (bland embolization), a difference of 0.4 months (95% CI −2.2 to 3.0). " +
        "Only 3 chemoembolization patients and 2 bland embolization patients were still followed at τ"
    );
  });
});

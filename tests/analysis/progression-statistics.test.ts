import {describe, expect, it} from "vitest";
import {DEFAULT_CONVENTIONS, DEFAULT_TEST} from "../../src/lib/analysis/conventions.js";
import {effectEstimates} from "../../src/lib/analysis/effect-estimates.js";
import {endpointRows} from "../../src/lib/analysis/endpoint-rows.js";
import {progressionView} from "../../src/lib/analysis/progression-statistics.js";
import {patients} from "./reference-cohort.js";

describe("progressionView", () => {
  it("restricts every mean on the page to the τ the reader typed: the arms' tumour-type comparisons as well as the arms'", () => {
    const rows = endpointRows(patients, "ttp");
    const view = progressionView(rows, {filters: {}, endpoint: "ttp", groupBy: "arm", conventions: DEFAULT_CONVENTIONS, testChoice: DEFAULT_TEST, landmarks: null, tau: 24});
    expect(view.effects!.rmst!.tau).toBe(24);
    for (const {arm, effects} of view.withinArm) {
      expect(effects, arm).toEqual(effectEstimates(rows.filter((p) => p.arm === arm), {endpoint: "ttp", groupBy: "tumor", confLevel: 0.95, tau: 24}));
    }
    // Chemoembolization's tumour types are compared up to that τ; bland's data support τ only up to 11.5 months, so it has none, and says why.
    const [chemo, bland] = view.withinArm;
    expect(chemo.effects.rmst!.tau).toBe(24);
    expect(chemo.effects.rmst!.tauRule).toBe("chosen");
    expect(bland.effects.rmst).toBeNull();
    expect(bland.effects.tauMax).toBeCloseTo(11.5, 1);
    // With no τ typed, the comparison takes survRM2's default, its own data's.
    const byDefault = progressionView(rows, {filters: {}, endpoint: "ttp", groupBy: "arm", conventions: DEFAULT_CONVENTIONS, testChoice: DEFAULT_TEST, landmarks: null, tau: undefined});
    expect(byDefault.withinArm[0].effects.rmst!.tau).toBe(byDefault.withinArm[0].effects.tauMax);
  });
});

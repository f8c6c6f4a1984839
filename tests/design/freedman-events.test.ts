import {describe, expect, it} from "vitest";
import {freedmanEvents, schoenfeldEvents} from "../../src/lib/design/index.js";
import {expectRelative, fixture} from "./fixture.js";

describe("freedmanEvents", () => {
  // Freedman (1982), Stat Med 1:121–129, d = (z_α + z_β)² (1 + HR)² / (1 − HR)²
  // for 1:1, worked by hand: HR 0.5, two-sided α 0.05, 90% power gives
  // 9 (1.959964 + 1.281552)² = 94.57 events, more than Schoenfeld's 87.48.
  it("matches the published formula worked by hand", () => {
    expect(freedmanEvents(0.5, {alpha: 0.05, sided: 2, power: 0.9})).toBeCloseTo(94.5668, 4);
    expect(freedmanEvents(0.5, {alpha: 0.05, sided: 2, power: 0.9})).toBeGreaterThan(schoenfeldEvents(0.5, {alpha: 0.05, sided: 2, power: 0.9}));
  });
  it(`equals rpact ${fixture.rpact} getSampleSizeSurvival(typeOfComputation = "Freedman")`, () => {
    for (const c of [...fixture.patients, ...fixture.durations]) {
      expectRelative(freedmanEvents(c.hr, c, c.ratio), c.freedman.events, 1e-12, `HR ${c.hr}, ratio ${c.ratio}`);
    }
  });
  it("refuses a hazard ratio of 1", () => {
    expect(() => freedmanEvents(1, {alpha: 0.05, sided: 2, power: 0.8})).toThrow("hazard ratio is 1");
  });
});

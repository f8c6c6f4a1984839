import {describe, expect, it} from "vitest";
import {schoenfeldEvents} from "../../src/lib/design/index.js";
import {expectRelative, fixture} from "./fixture.js";

describe("schoenfeldEvents", () => {
  // Schoenfeld (1983), Biometrics 39:499–503, d = (z_α + z_β)² / (p(1 − p) log(HR)²),
  // worked by hand: HR 0.5, two-sided α 0.05, 90% power, 1:1 gives
  // 4 (1.959964 + 1.281552)² / log(2)² = 87.48 events; HR 1.5 (or 2/3) at
  // 80% power, the often quoted 191.
  it("matches the published formula worked by hand", () => {
    expect(schoenfeldEvents(0.5, {alpha: 0.05, sided: 2, power: 0.9})).toBeCloseTo(87.4793, 4);
    expect(Math.ceil(schoenfeldEvents(1.5, {alpha: 0.05, sided: 2, power: 0.8}))).toBe(191);
    expect(schoenfeldEvents(2 / 3, {alpha: 0.05, sided: 2, power: 0.8})).toBeCloseTo(schoenfeldEvents(1.5, {alpha: 0.05, sided: 2, power: 0.8}), 10);
  });
  it(`equals rpact ${fixture.rpact} getSampleSizeSurvival(typeOfComputation = "Schoenfeld")`, () => {
    for (const c of [...fixture.patients, ...fixture.durations]) {
      expectRelative(schoenfeldEvents(c.hr, c, c.ratio), c.schoenfeld.events, 1e-12, `HR ${c.hr}, ratio ${c.ratio}`);
    }
  });
  it("needs more events when allocation is unequal", () => {
    const operating = {alpha: 0.05, sided: 2 as const, power: 0.8};
    expect(schoenfeldEvents(0.6, operating, 2) / schoenfeldEvents(0.6, operating, 1)).toBeCloseTo(9 / 8, 12);
  });
});

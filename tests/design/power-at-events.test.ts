import {describe, expect, it} from "vitest";
import {powerAtEvents, schoenfeldEvents, freedmanEvents} from "../../src/lib/design/index.js";
import {expectRelative, fixture} from "./fixture.js";

describe("powerAtEvents", () => {
  it(`equals rpact ${fixture.rpact} getPowerSurvival at fixed events, over the hazard ratio`, () => {
    for (const c of fixture.power) {
      c.hr.forEach((hr, i) => {
        for (const formula of ["schoenfeld", "freedman"] as const) {
          expectRelative(powerAtEvents(formula, hr, c.events, c), c[formula][i], 1e-10, `${formula}, HR ${hr}, ${c.sided}-sided`);
        }
      });
    }
  });
  it("inverts the event formulas: the required events give the asked power", () => {
    const operating = {alpha: 0.05, sided: 1 as const, power: 0.85};
    expect(powerAtEvents("schoenfeld", 0.7, schoenfeldEvents(0.7, operating, 2), {...operating, ratio: 2})).toBeCloseTo(0.85, 12);
    expect(powerAtEvents("freedman", 0.7, freedmanEvents(0.7, operating, 2), {...operating, ratio: 2})).toBeCloseTo(0.85, 12);
  });
  it("is alpha at no effect, and one-sided power follows the direction", () => {
    expect(powerAtEvents("schoenfeld", 1, 100, {alpha: 0.05, sided: 2})).toBeCloseTo(0.05, 14);
    expect(powerAtEvents("schoenfeld", 1.5, 100, {alpha: 0.025, sided: 1, direction: -1})).toBeGreaterThan(0.5);
    expect(powerAtEvents("schoenfeld", 1.5, 100, {alpha: 0.025, sided: 1})).toBeLessThan(0.025);
  });
});

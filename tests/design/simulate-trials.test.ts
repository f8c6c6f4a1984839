import {describe, expect, it} from "vitest";
import {dropoutHazard, piecewiseExponential, powerAtEvents, simulateTrials, trialDesign} from "../../src/lib/design/index.js";

describe("simulateTrials", () => {
  const control = piecewiseExponential([0, 6, 12], [0.05, 0.03, 0.02]);
  const eta = dropoutHazard(0.1);
  const design = trialDesign({control, hr: 0.6, alpha: 0.05, sided: 2, power: 0.8, plan: {ratio: 1, eta, accrualPeriod: 24, solve: "patients", followUp: 12}});
  const schoenfeld = design.designs[0];
  const n = Math.ceil(schoenfeld.patients);
  const input = {arms: {control, treatment: design.treatment}, patients: {treatment: Math.round(n / 2), control: n - Math.round(n / 2)}, accrualPeriod: 24, eta, events: schoenfeld.events, alpha: 0.05, sided: 2 as const};

  it("agrees with Schoenfeld's power within Monte Carlo error at a fixed seed", () => {
    const result = simulateTrials(input, {trials: 4000, seed: 20261205});
    const formula = powerAtEvents("schoenfeld", 0.6, Math.ceil(schoenfeld.events), {alpha: 0.05, sided: 2});
    expect(formula).toBeCloseTo(0.80, 2);
    expect(result.power).toBe(0.796);
    expect(Math.abs(result.power - formula)).toBeLessThan(3 * result.standardError);
    expect(result.meanEvents).toBe(Math.ceil(schoenfeld.events));
    // The analysis comes when the design expects it, give or take a month.
    expect(Math.abs(result.meanDuration - schoenfeld.duration)).toBeLessThan(1);
  });
  it("rejects in about alpha of trials when the arms do not differ", () => {
    const result = simulateTrials({...input, arms: {control, treatment: control}}, {trials: 4000, seed: 3});
    expect(Math.abs(result.power - 0.05)).toBeLessThan(3 * Math.sqrt((0.05 * 0.95) / 4000));
  });
  it("repeats itself for a seed and reports progress", () => {
    const seen: number[] = [];
    const a = simulateTrials(input, {trials: 300, seed: 9, onProgress: (done) => seen.push(done), progressEvery: 100});
    expect(simulateTrials(input, {trials: 300, seed: 9})).toEqual(a);
    expect(seen).toEqual([100, 200, 300]);
  });
  it("one-sided: rejects only in the direction tested", () => {
    const lower = simulateTrials({...input, alpha: 0.025, sided: 1}, {trials: 500, seed: 4});
    const higher = simulateTrials({...input, alpha: 0.025, sided: 1, direction: -1}, {trials: 500, seed: 4});
    expect(lower.power).toBeGreaterThan(0.7);
    expect(higher.power).toBe(0);
  });
  it("names bad arm sizes", () => {
    expect(() => simulateTrials({...input, patients: {treatment: 10.5, control: 10}})).toThrow("patients per arm are 10.5 and 10, expected positive whole numbers");
  });
});

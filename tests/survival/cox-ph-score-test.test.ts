import {describe, expect, it} from "vitest";
import {coxPH, coxPHScoreTest, type CoxPHInput} from "../../src/lib/survival/cox-ph.js";
import {ENTRY_COX_FILE, type EntryCoxFixture} from "../../data-loaders/engine-validation/entry.js";
import {readFixture} from "../../data-loaders/engine-validation/read-fixture.js";

// The fixtures of tests/fixtures/survival-entry.R: fits with entry times, both tie methods, strata, and one that runs out of iterations.
const fixture = readFixture<EntryCoxFixture>(ENTRY_COX_FILE);

// Level codes as the 0/1 columns coxScoreTest builds: one per level after the first.
function dummies(codes: number[], levels: number): Record<string, number[]> {
  return Object.fromEntries(Array.from({length: levels - 1}, (_, g) => [`level ${g + 1}`, codes.map((c) => (c === g + 1 ? 1 : 0))]));
}

describe("coxPHScoreTest is coxPH's score test exactly", () => {
  it.each(fixture.cox.map((c) => [c.name, c] as const))("with entry times: %s", (_, c) => {
    expect(c.input.entry).toBeDefined();
    expect(coxPHScoreTest(c.input, c.options)).toStrictEqual(coxPH(c.input, c.options).scoreTest);
  });

  it("with three groups, weights and strata, under both tie methods", () => {
    const n = 60;
    const codes = Array.from({length: n}, (_, i) => (i * 7) % 3);
    const input: CoxPHInput = {
      time: Array.from({length: n}, (_, i) => 2 + ((i * 13) % 17)),
      entry: Array.from({length: n}, (_, i) => (i * 5) % 2),
      event: Array.from({length: n}, (_, i) => ((i * 11) % 4 === 0 ? 0 : 1)),
      weights: Array.from({length: n}, (_, i) => 1 + (i % 3)),
      strata: Array.from({length: n}, (_, i) => (i % 2 ? "s1" : "s2")),
      covariates: dummies(codes, 3)
    };
    for (const ties of ["efron", "breslow"] as const) {
      const got = coxPHScoreTest(input, {ties});
      expect(got.df).toBe(2);
      expect(got.chisq).toBeGreaterThan(0);
      expect(got).toStrictEqual(coxPH(input, {ties}).scoreTest);
    }
  });

  it("with a singular information (a column that repeats another) and with no events, as coxPH", () => {
    const input: CoxPHInput = {time: [3, 4, 5, 6, 7, 8], entry: [0, 1, 0, 1, 0, 2], event: [1, 0, 1, 1, 0, 1], covariates: {a: [0, 1, 0, 1, 1, 0], b: [0, 1, 0, 1, 1, 0]}};
    expect(coxPHScoreTest(input).df).toBe(1);
    expect(coxPHScoreTest(input)).toStrictEqual(coxPH(input).scoreTest);
    const none = {...input, event: [0, 0, 0, 0, 0, 0]};
    expect(coxPHScoreTest(none)).toStrictEqual(coxPH(none).scoreTest);
  });

  it("without entry times, as coxPH", () => {
    const input: CoxPHInput = {time: [3, 4, 5, 6, 7, 8, 9], event: [1, 0, 1, 1, 0, 1, 1], covariates: {g: [0, 1, 0, 1, 1, 0, 1]}};
    expect(coxPHScoreTest(input)).toStrictEqual(coxPH(input).scoreTest);
  });
});

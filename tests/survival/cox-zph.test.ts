import {describe, expect, it} from "vitest";
import {COX_ZPH_FILE, type CoxZphCase} from "../../data-loaders/engine-validation/cox-ph.js";
import {readFixture} from "../../data-loaders/engine-validation/read-fixture.js";
import {coxPH, coxZph} from "../../src/lib/survival/index.js";

// Inputs and R's cox.zph tables, written by tests/fixtures/cox-ph.R.
const cases = readFixture<CoxZphCase[]>(COX_ZPH_FILE);

function expectClose(actual: number, expected: number, what: string): void {
  expect(Math.abs(actual - expected), `${what}: ${actual} vs R ${expected}`).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(expected)));
}

describe("coxZph agrees with R cox.zph to 1e-6", () => {
  it("covers every transform, both tie methods and strata", () => {
    expect(new Set(cases.map((c) => c.options.transform))).toEqual(new Set(["km", "identity", "rank", "log"]));
    expect(new Set(cases.map((c) => c.options.ties))).toEqual(new Set(["efron", "breslow"]));
    expect(cases.some((c) => c.input.strata)).toBe(true);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const got = coxZph(c.input, c.options);
    expect(got.terms).toEqual(c.expected.terms);
    expect(got.transform).toBe(c.options.transform);
    got.tests.forEach((t, i) => {
      expectClose(t.chisq, c.expected.tests[i].chisq, `${got.terms[i]} chisq`);
      expect(t.df).toBe(c.expected.tests[i].df);
      expectClose(t.p, c.expected.tests[i].p, `${got.terms[i]} p`);
    });
    expectClose(got.global.chisq, c.expected.global.chisq, "global chisq");
    expect(got.global.df).toBe(c.expected.global.df);
    expectClose(got.global.p, c.expected.global.p, "global p");
  });
});

describe("coxZph edge cases", () => {
  const base = cases.find((c) => c.name === "aml km")!.input;

  it("tests one covariate once: the global test is the term's test", () => {
    const got = coxZph(base);
    expect(got.tests).toHaveLength(1);
    expect(got.global).toEqual(got.tests[0]);
  });

  it("leaves out a constant covariate, as R leaves out its NA coefficient", () => {
    const withConstant = {...base, covariates: {x: base.covariates.x, k: base.covariates.x.map(() => 5)}};
    expect(coxPH(withConstant).coef[1]).toBeNull();
    const got = coxZph(withConstant);
    expect(got.terms).toEqual(["x"]);
    expect(got.global.chisq).toBeCloseTo(coxZph(base).global.chisq, 12);
  });

  it("does not depend on the order of the rows", () => {
    const order = base.time.map((_, i) => i).reverse();
    const pick = <T>(v: ArrayLike<T>) => order.map((i) => v[i]);
    const shuffled = {time: pick(base.time), event: pick(base.event), covariates: {x: pick(base.covariates.x)}};
    expect(coxZph(shuffled).global.chisq).toBeCloseTo(coxZph(base).global.chisq, 10);
  });

  it("takes a fit the caller already has, as R's cox.zph(fit), and refuses one of other data", () => {
    expect(coxZph(base, {fit: coxPH(base)})).toEqual(coxZph(base));
    const other = {...base, time: base.time.slice(1), event: base.event.slice(1), covariates: {x: base.covariates.x.slice(1)}};
    expect(() => coxZph(base, {fit: coxPH(other)})).toThrow("fit is not coxPH of this input: its rows or terms differ");
  });

  it("refuses a model with nothing estimated, and an unknown transform", () => {
    expect(() => coxZph({...base, event: base.event.map(() => 0)})).toThrow("the model has no estimated coefficient (no events, or every covariate constant), so there is nothing to test");
    expect(() => coxZph(base, {transform: "square" as never})).toThrow('transform is square, expected "km", "identity", "rank" or "log"');
  });
});

import {describe, expect, it} from "vitest";
import {coxPH, type CoxPHInput, type CoxPHOptions, type CoxPHResult} from "../../src/lib/survival/cox-ph.js";
import {COX_FILE} from "../../data-loaders/engine-validation/cox-ph.js";
import {readFixture} from "../../data-loaders/engine-validation/read-fixture.js";

// Inputs and R's coxph results, written by tests/fixtures/cox-ph.R.
interface Case {
  name: string;
  input: CoxPHInput & {event: number[]; strata?: string[]};
  options: CoxPHOptions;
  expected: Omit<CoxPHResult, "converged">;
}
const cases = readFixture<Case[]>(COX_FILE);
const byName = (name: string) => {
  const found = cases.find((c) => c.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found;
};

function expectClose(actual: number | null, expected: number | null, what: string): void {
  if (expected === null || actual === null || !Number.isFinite(expected)) {
    expect(actual, what).toBe(expected);
    return;
  }
  expect(Math.abs(actual - expected), `${what}: ${actual} vs R ${expected}`).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(expected)));
}

describe("coxPH agrees with R coxph to 1e-6", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const fit = coxPH(c.input, c.options);
    const e = c.expected;
    expect(fit.terms).toEqual(e.terms);
    for (const key of ["coef", "se", "hr", "lower", "upper", "z", "p"] as const) {
      const expected: (number | null)[] = e[key];
      expect(fit[key]).toHaveLength(expected.length);
      expected.forEach((v, i) => expectClose(fit[key][i], v, `${key}[${i}]`));
    }
    expectClose(fit.loglik[0], e.loglik[0], "loglik[0]");
    expectClose(fit.loglik[1], e.loglik[1], "loglik[1]");
    for (const key of ["lrTest", "waldTest", "scoreTest"] as const) {
      expectClose(fit[key].chisq, e[key].chisq, `${key}.chisq`);
      expect(fit[key].df, `${key}.df`).toBe(e[key].df);
      expectClose(fit[key].p, e[key].p, `${key}.p`);
    }
    expect(fit.iterations).toBe(e.iterations);
    expect(fit.n).toBe(e.n);
    expect(fit.nEvent).toBe(e.nEvent);
  });
});

describe("coxPH edge cases", () => {
  it("reports null for a constant covariate and fits the rest", () => {
    const fit = coxPH(byName("constant covariate").input);
    expect(fit.coef[1]).toBeNull();
    expect(fit.se[1]).toBeNull();
    expect(fit.p[1]).toBeNull();
    expect(fit.waldTest.df).toBe(2);
    expect(fit.converged).toBe(true);
  });

  it("reports null for the aliased one of collinear covariates", () => {
    const fit = coxPH(byName("collinear covariates").input);
    expect(fit.coef.map((c) => c === null)).toEqual([false, false, true, false]);
    expect(fit.lrTest.df).toBe(3);
  });

  it("mirrors coxph without events: all coefficients null, loglik 0, tests 0 on 0 df", () => {
    const fit = coxPH(byName("all censored").input);
    expect(fit.coef).toEqual([null, null]);
    expect(fit.loglik).toEqual([0, 0]);
    expect(fit.scoreTest).toEqual({chisq: 0, df: 0, p: 1});
    expect(fit.iterations).toBe(0);
  });

  it("flags the monotone likelihood of a single event as not converged, with R's 21 iterations", () => {
    const fit = coxPH(byName("one event").input);
    expect(fit.converged).toBe(false);
    expect(fit.iterations).toBe(21);
    expect(fit.upper).toEqual([Infinity, Infinity]);
  });

  it("treats times equal up to floating-point noise as tied, as coxph's timefix", () => {
    const time = [0.1 + 0.2, 0.3, 0.7, 1.1, 1.3, 2];
    const event = [1, 1, 0, 1, 1, 1];
    const x = [0.5, 1.2, -0.3, 2.2, 0.1, 0.9];
    const noisy = coxPH({time, event, covariates: {x}});
    const exact = coxPH({time: [0.3, 0.3, 0.7, 1.1, 1.3, 2], event, covariates: {x}});
    expect(noisy.coef).toEqual(exact.coef);
    expect(noisy.loglik).toEqual(exact.loglik);
  });

  it("accepts boolean events and typed arrays", () => {
    const c = byName("aml");
    const fit = coxPH({time: Float64Array.from(c.input.time), event: c.input.event.map((e) => e === 1), covariates: {x: Float64Array.from(c.input.covariates.x)}});
    expectClose(fit.coef[0], c.expected.coef[0], "coef");
  });

  it("uses Efron ties by default", () => {
    const c = byName("heavy ties breslow");
    const efron = coxPH(c.input);
    const breslow = coxPH(c.input, {ties: "breslow"});
    expectClose(efron.coef[0], byName("heavy ties efron").expected.coef[0], "efron");
    expectClose(breslow.coef[0], c.expected.coef[0], "breslow");
  });
});

describe("coxPH input errors", () => {
  const base = {time: [1, 2, 3, 4], event: [1, 0, 1, 1], covariates: {x: [0.1, 0.2, 0.5, 0.3]}};

  it("requires at least one covariate", () => {
    expect(() => coxPH({...base, covariates: {}})).toThrow(new RangeError("covariates must name at least one column"));
  });
  it("rejects non-finite covariate values, naming column and index", () => {
    expect(() => coxPH({...base, covariates: {x: [0.1, NaN, 0.5, 0.3]}})).toThrow(new RangeError("covariates.x[1] is NaN, expected a finite number"));
    expect(() => coxPH({...base, covariates: {x: [0.1, 0.2, 0.5, 0.3], age: [1, 2, 3, Infinity]}})).toThrow(
      new RangeError("covariates.age[3] is Infinity, expected a finite number")
    );
  });
  it("rejects columns of the wrong length", () => {
    expect(() => coxPH({...base, covariates: {x: [1, 2, 3]}})).toThrow(new RangeError("covariates.x has length 3, expected 4 (the length of time)"));
    expect(() => coxPH({...base, event: [1, 0, 1]})).toThrow(new RangeError("event has length 3, expected 4 (the length of time)"));
    expect(() => coxPH({...base, strata: ["a", "b"]})).toThrow(new RangeError("strata has length 2, expected 4 (the length of time)"));
  });
  it("rejects bad times, events and strata with the shared messages", () => {
    expect(() => coxPH({...base, time: [1, -1, 3, 4]})).toThrow(new RangeError("time[1] is -1, expected a finite number >= 0"));
    expect(() => coxPH({...base, event: [1, 0, 2, 1]})).toThrow(new RangeError("event[2] is 2, expected 0, 1, false or true"));
    expect(() => coxPH({...base, strata: ["a", null, "b", "b"]})).toThrow(new RangeError("strata[1] is null, expected a group label"));
  });
  it("rejects unknown options", () => {
    expect(() => coxPH(base, {ties: "exact" as "efron"})).toThrow(new RangeError('ties is exact, expected "efron" or "breslow"'));
    expect(() => coxPH(base, {confLevel: 95})).toThrow(new RangeError("confLevel is 95, expected a number between 0 and 1"));
  });
});

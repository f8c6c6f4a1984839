import {describe, expect, it} from "vitest";
import {coxPH, coxScoreTest, coxZph, logRank} from "../../src/lib/survival/index.js";
import {ENTRY_COX_FILE, type EntryCoxFixture} from "../../data-loaders/engine-validation/entry.js";
import {readFixture} from "../../data-loaders/engine-validation/read-fixture.js";
import {expectClose} from "./expect-close.js";

// Inputs and R's coxph / cox.zph / sctest with Surv(entry, time, event), written by tests/fixtures/survival-entry.R.
const fixture = readFixture<EntryCoxFixture>(ENTRY_COX_FILE);

describe("coxPH with entry agrees with R coxph(Surv(entry, time, event) ~ ...) to 1e-6", () => {
  it("covers both tie methods, strata and a fit that runs out of iterations", () => {
    expect(new Set(fixture.cox.map((c) => c.options.ties))).toEqual(new Set(["efron", "breslow"]));
    expect(fixture.cox.some((c) => c.input.strata)).toBe(true);
    expect(fixture.cox.some((c) => c.expected.iterations === 20)).toBe(true);
  });

  it.each(fixture.cox.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const fit = coxPH(c.input, c.options);
    expectClose(fit, c.expected, 1e-6);
  });
});

describe("coxZph with entry agrees with R cox.zph to 1e-6", () => {
  const cases = fixture.cox.flatMap((c) => c.zph.map((z) => [`${c.name}, ${z.transform}`, c, z] as const));
  it.each(cases)("%s", (_, c, z) => {
    const {transform, ...expected} = z;
    expectClose(coxZph(c.input, {...c.options, transform}), expected, 1e-6);
  });
});

describe("coxScoreTest agrees with R summary(coxph(Surv(entry, time, event) ~ group))$sctest to 1e-6", () => {
  it.each(fixture.scoreTest.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const {levels, ...data} = c.input;
    const got = coxScoreTest(data, {...c.options, levels});
    expect(got.test).toBe("Cox score test");
    expectClose(got, c.expected, 1e-6);
  });

  it("equals the log-rank test without entry, Breslow ties and distinct event times", () => {
    const data = {time: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], event: [1, 1, 0, 1, 1, 1, 0, 1, 1, 0], group: ["a", "b", "a", "b", "a", "a", "b", "b", "a", "b"]};
    expect(coxScoreTest(data, {ties: "breslow"}).chisq).toBeCloseTo(logRank(data).chisq, 12);
  });

  it("needs two groups with rows", () => {
    expect(() => coxScoreTest({time: [1, 2], event: [1, 1], group: ["a", "a"], entry: [0, 0]})).toThrow("group has fewer than two levels");
  });
});

describe("coxPH entry conventions", () => {
  const base = {time: [2, 3, 4, 5, 6, 7, 8, 9], event: [1, 0, 1, 1, 0, 1, 1, 1], covariates: {x: [0.5, 1.2, -0.3, 2.2, 0.1, 0.9, -1.1, 0.4]}};

  it("fits as without entry when every entry is below every time, up to the two loops' rounding", () => {
    const plain = coxPH(base);
    const withEntry = coxPH({...base, entry: base.time.map(() => 0)});
    expect(withEntry.coef[0]).toBeCloseTo(plain.coef[0] as number, 10);
    expect(withEntry.loglik[1]).toBeCloseTo(plain.loglik[1], 10);
  });

  it("rejects an entry at or after the time, naming the row", () => {
    expect(() => coxPH({...base, entry: [0, 0, 0, 5, 0, 0, 0, 0]})).toThrow("entry[3] is 5, expected a number < time[3] (5)");
    expect(() => coxZph({...base, entry: [0, 0, 0, 0, 0, 0, 0, 9]})).toThrow("entry[7] is 9, expected a number < time[7] (9)");
  });
});

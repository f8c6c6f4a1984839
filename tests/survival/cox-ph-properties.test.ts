import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {coxPH, logRank} from "../../src/lib/survival/index.js";
import {COX_LOGRANK_FILE, type CoxLogRankCase} from "../../data-loaders/engine-validation/cox-ph.js";
import {readFixture} from "../../data-loaders/engine-validation/read-fixture.js";

const close = (a: number | null, e: number | null, tol: number) =>
  a !== null && e !== null && Math.abs(a - e) <= tol * Math.max(1, Math.abs(e));

// Rows with tied times (integer days), a continuous and a binary covariate.
const row = fc.record({
  time: fc.integer({min: 1, max: 12}),
  event: fc.boolean(),
  x: fc.integer({min: -200, max: 200}).map((v) => v / 100),
  g: fc.integer({min: 0, max: 1})
});

describe("coxPH properties", () => {
  it("coefficients do not depend on row order", () => {
    fc.assert(
      fc.property(
        fc.array(row, {minLength: 6, maxLength: 60}).chain((rows) =>
          fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows.map((_, i) => i), {minLength: rows.length, maxLength: rows.length}))
        ),
        fc.constantFrom("efron" as const, "breslow" as const),
        ([rows, order], ties) => {
          const fit = (rs: typeof rows) =>
            coxPH({time: rs.map((r) => r.time), event: rs.map((r) => r.event), covariates: {x: rs.map((r) => r.x), g: rs.map((r) => r.g)}}, {ties});
          const a = fit(rows);
          // Monotone likelihoods (coefficients drifting to infinity) stop wherever the iterations run out.
          fc.pre(a.converged && a.coef.every((c) => c === null || Math.abs(c) < 5));
          const b = fit(order.map((i) => rows[i]));
          expect(b.coef.map((c) => c === null)).toEqual(a.coef.map((c) => c === null));
          a.coef.forEach((c, i) => c !== null && expect(close(b.coef[i], c, 1e-6), `coef[${i}] ${b.coef[i]} vs ${c}`).toBe(true));
          expect(close(b.loglik[1], a.loglik[1], 1e-9)).toBe(true);
          expect(close(b.scoreTest.chisq, a.scoreTest.chisq, 1e-9)).toBe(true);
        }
      ),
      {numRuns: 200}
    );
  });

  it("the fit never lowers the log partial likelihood", () => {
    fc.assert(
      fc.property(fc.array(row, {minLength: 2, maxLength: 40}), (rows) => {
        const fit = coxPH({time: rows.map((r) => r.time), event: rows.map((r) => r.event), covariates: {x: rows.map((r) => r.x)}});
        expect(fit.loglik[1]).toBeGreaterThanOrEqual(fit.loglik[0] - 1e-9 * Math.abs(fit.loglik[0]));
        expect(fit.lrTest.chisq).toBeGreaterThanOrEqual(-1e-9);
      }),
      {numRuns: 200}
    );
  });
});

// The log-rank test is the Cox score test of a 0/1 group covariate when no two
// events share a time (Breslow and Efron then coincide); with tied events
// survdiff's hypergeometric variance differs by (n - d) / (n - 1).
const logRankCases = readFixture<CoxLogRankCase[]>(COX_LOGRANK_FILE);

// Distinct event times; censorings anywhere, often at an event time.
const twoGroups = fc
  .uniqueArray(fc.integer({min: 1, max: 300}), {minLength: 1, maxLength: 40})
  .chain((eventTimes) =>
    fc.record({
      events: fc.tuple(...eventTimes.map((t) => fc.tuple(fc.constant(t), fc.integer({min: 0, max: 1})))),
      censored: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...eventTimes), fc.integer({min: 0, max: 300})), fc.integer({min: 0, max: 1})), {maxLength: 40})
    })
  )
  .map(({events, censored}) => ({
    time: [...events.map(([t]) => t), ...censored.map(([t]) => t)],
    event: [...events.map(() => 1), ...censored.map(() => 0)],
    group: [...events.map(([, g]) => g), ...censored.map(([, g]) => g)]
  }));

describe("Cox score test equals the log-rank chi-square for two groups", () => {
  it("matches logRank on generated data", () => {
    fc.assert(
      fc.property(twoGroups, (d) => {
        fc.pre(new Set(d.group).size === 2);
        const chisq = logRank({time: d.time, event: d.event, group: d.group}).chisq;
        const fit = coxPH({time: d.time, event: d.event, covariates: {group: d.group}}, {ties: "breslow"});
        expect(close(fit.scoreTest.chisq, chisq, 1e-9), `${fit.scoreTest.chisq} vs logRank ${chisq}`).toBe(true);
      }),
      {numRuns: 300}
    );
  });


  it.each(logRankCases.map((c, i) => [i, c] as const))("matches survdiff on R data set %i", (_, c) => {
    const fit = coxPH({time: c.time, event: c.event, covariates: {group: c.group}}, {ties: "breslow"});
    expect(close(fit.scoreTest.chisq, c.chisq, 1e-9), `${fit.scoreTest.chisq} vs survdiff ${c.chisq}`).toBe(true);
  });
});

// The counts risk-table.sql computes are enough: turned back into weighted
// rows (riskTableRows), they give the estimators' results on the patients
// themselves, for every endpoint of the reconstruction, delayed entry
// included (to 1e-12).
import {describe, expect, it} from "vitest";
import {aggregateCohort, type RiskTableRow} from "../../data-loaders/aggregate/aggregate-cohort.js";
import {ENDPOINTS, endpointData, type EndpointId} from "../../src/lib/analysis/endpoints.js";
import {tumorType} from "../../src/lib/analysis/patient-row.js";
import {coxPH, coxScoreTest, coxZph, kaplanMeierByGroup, logRank, riskTableRows, rmst} from "../../src/lib/survival/index.js";
import {patients} from "../analysis/reference-cohort.js";

const {riskTable} = await aggregateCohort({patients: "tests/fixtures/reconstruction/patients.csv", procedures: "tests/fixtures/reconstruction/procedures.csv"});

const close = (actual: number | null, expected: number | null, label: string) =>
  expect(Math.abs((actual ?? NaN) - (expected ?? NaN)) / Math.max(1, Math.abs(expected ?? 0)), label).toBeLessThanOrEqual(1e-12);

interface Pattern {
  arm: string;
  carcinoid: number;
  hormonal: number;
  extrahepatic: number;
}

const covariatesOf = (patterns: readonly Pattern[]) => ({
  chemoembolization: patterns.map((p) => Number(p.arm === "chemoembolization")),
  carcinoid: patterns.map((p) => p.carcinoid),
  hormonal: patterns.map((p) => p.hormonal),
  extrahepatic: patterns.map((p) => p.extrahepatic)
});

describe.each(Object.keys(ENDPOINTS) as EndpointId[])("%s from the risk table", (endpoint) => {
  const data = endpointData(patients, endpoint);
  const entryOf = ENDPOINTS[endpoint].entry;
  const entries = entryOf ? data.rows.map(entryOf) : undefined;
  const keep = data.time.map((t, i) => entries === undefined || t > entries[i]);
  const pick = <T>(values: readonly T[]) => values.filter((_, i) => keep[i]);
  const kept = pick(data.rows);
  const byRows = {
    time: pick(data.time), event: pick(data.event), entry: entries && pick(entries), group: kept.map((p) => p.arm),
    covariates: covariatesOf(kept.map((p) => ({arm: p.arm, carcinoid: Number(tumorType(p) === "carcinoid"), hormonal: p.hormonally_active, extrahepatic: p.extrahepatic_disease})))
  };
  const cells = riskTable.filter((r) => r.endpoint === endpoint);
  const label = (r: RiskTableRow) => JSON.stringify({arm: r.arm, carcinoid: Number(r.primary_tumor === "carcinoid"), hormonal: r.hormonally_active, extrahepatic: r.extrahepatic_disease});
  const rows = riskTableRows({
    time: cells.map((r) => r.time_months), events: cells.map((r) => r.events), censored: cells.map((r) => r.censored),
    entries: entries && cells.map((r) => r.entries), pattern: cells.map(label)
  });
  const patterns = rows.pattern!.map((p) => JSON.parse(p) as Pattern);
  const byTable = {time: rows.time, event: rows.event, entry: rows.entry, group: patterns.map((p) => p.arm), covariates: covariatesOf(patterns), weights: rows.weights};

  it("stands for every patient once, in at most as many rows", () => {
    expect(rows.weights.reduce((a, b) => a + b, 0)).toBe(byRows.time.length);
    expect(rows.time.length).toBeLessThanOrEqual(byRows.time.length);
  });

  it("Kaplan–Meier by arm", () => {
    const a = kaplanMeierByGroup(byRows);
    const b = kaplanMeierByGroup(byTable);
    a.forEach(({fit}, g) => {
      expect(b[g].fit.n).toBe(fit.n);
      for (const key of ["time", "nRisk", "nEvent", "nCensor", "surv", "stdErr"] as const) {
        Array.from(fit[key] as ArrayLike<number | null>).forEach((x, i) => expect(Math.abs((x ?? 0) - ((b[g].fit[key] as ArrayLike<number | null>)[i] ?? 0)), `${key}[${i}]`).toBeLessThanOrEqual(1e-12));
      }
      expect(b[g].fit.median).toEqual(fit.median);
    });
  });

  it("the Cox model of the four pattern columns, its tests, cox.zph and the score test of arms", () => {
    const a = coxPH(byRows);
    const b = coxPH(byTable);
    a.coef.forEach((x, k) => close(b.coef[k], x, `coef[${k}]`));
    for (const test of ["lrTest", "waldTest", "scoreTest"] as const) close(b[test].chisq, a[test].chisq, test);
    close(coxZph(byTable).global.chisq, coxZph(byRows).global.chisq, "cox.zph global");
    close(coxScoreTest(byTable).chisq, coxScoreTest(byRows).chisq, "score test of arms");
  });

  if (entries === undefined) {
    it("the log-rank test stratified by tumour type, and restricted means by arm", () => {
      const strata = (c: {carcinoid: number[]}) => c.carcinoid.map(String);
      close(logRank({...byTable, strata: strata(byTable.covariates)}).chisq, logRank({...byRows, strata: strata(byRows.covariates)}).chisq, "log-rank");
      const a = rmst(byRows);
      const b = rmst(byTable);
      a.groups.forEach((g, k) => close(b.groups[k].rmst, g.rmst, `rmst ${String(g.group)}`));
      close(b.difference!.p, a.difference!.p, "rmst difference p");
    });
  }
});

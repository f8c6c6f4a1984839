// Every estimator the pages use gives, from aggregateRows' weighted table, the
// results of the rows themselves (to 1e-12): restricted means, cox.zph under
// each transform, the Cox score test of groups, the log-rank trend test and
// the Cox model's likelihood-ratio, Wald and score tests, on the
// reconstruction, R's colon and lung with categorical covariates, and lung
// with delayed entry. The colon and lung fits from the table also equal R's
// coxph and cox.zph (tests/fixtures/aggregate-cohorts.R).
import {readFileSync} from "node:fs";
import {csvParse} from "d3";
import {describe, expect, it} from "vitest";
import {endpointData} from "../../src/lib/analysis/endpoints.js";
import {tumorType} from "../../src/lib/analysis/patient-row.js";
import {readSurvivalCsv} from "../../src/lib/analysis/survival-csv.js";
import {aggregateRows, coxPH, coxScoreTest, coxZph, logRankTrend, rmst, type ZphTransform} from "../../src/lib/survival/index.js";
import {patients} from "../analysis/reference-cohort.js";

const reference = JSON.parse(readFileSync("tests/fixtures/aggregate/reference.json", "utf8"));
const readCsv = (name: string) => csvParse(readFileSync(`tests/fixtures/aggregate/${name}`, "utf8"));
const colon = readCsv("colon.csv");
const lung = readCsv("lung.csv");
const lungEntry = readSurvivalCsv(readFileSync("tests/fixtures/cli/lung-entry.csv", "utf8"), "lung-entry.csv", {time: "time", event: "event", group: "sex", entry: "entry"});
const os = endpointData(patients, "os_embolization");
const ttp = endpointData(patients, "ttp");
const indicator = (values: readonly unknown[], level: unknown) => values.map((v) => (v === level ? 1 : 0));
const numbers = (rows: typeof colon, column: string) => rows.map((r) => Number(r[column]));

interface Case {
  name: string;
  time: number[];
  event: number[];
  entry?: number[];
  group: string[];
  strata?: string[];
  covariates: Record<string, number[]>;
}

const rx = colon.map((r) => r.rx as string);
const ecog = lung.map((r) => r.ph_ecog as string);
const cases: Case[] = [
  {
    name: "reconstruction, survival by arm with tumour type, hormonal activity and extrahepatic disease",
    time: os.time, event: os.event, group: os.rows.map((p) => p.arm),
    covariates: {
      chemoembolization: indicator(os.rows.map((p) => p.arm), "chemoembolization"),
      carcinoid: indicator(os.rows.map(tumorType), "carcinoid"),
      hormonal: os.rows.map((p) => p.hormonally_active),
      extrahepatic: os.rows.map((p) => p.extrahepatic_disease)
    }
  },
  {
    name: "reconstruction, TTP by arm stratified by tumour type",
    time: ttp.time, event: ttp.event, group: ttp.rows.map((p) => p.arm), strata: ttp.rows.map(tumorType),
    covariates: {chemoembolization: indicator(ttp.rows.map((p) => p.arm), "chemoembolization"), hormonal: ttp.rows.map((p) => p.hormonally_active)}
  },
  {
    name: "colon, rx + sex + obstruct + node4",
    time: numbers(colon, "time"), event: numbers(colon, "status"), group: rx,
    covariates: {"Lev+5FU": indicator(rx, "Lev+5FU"), Obs: indicator(rx, "Obs"), sex: numbers(colon, "sex"), obstruct: numbers(colon, "obstruct"), node4: numbers(colon, "node4")}
  },
  {
    name: "lung, sex + factor(ph.ecog)",
    time: numbers(lung, "time"), event: numbers(lung, "status"), group: ecog,
    covariates: {sex: numbers(lung, "sex"), ecog1: indicator(ecog, "1"), ecog2: indicator(ecog, "2"), ecog3: indicator(ecog, "3")}
  },
  {
    name: "lung on the age scale (delayed entry), by sex",
    time: Array.from(lungEntry.time), event: Array.from(lungEntry.event), entry: Array.from(lungEntry.entry!), group: lungEntry.group!.map(String),
    covariates: {female: indicator(lungEntry.group!.map(String), "2")}
  }
];

const close = (actual: number | null, expected: number | null, label: string, tolerance = 1e-12) => {
  if (expected === null) return expect(actual, label).toBeNull();
  // log(0) for a time of 0 (the reconstruction's TTP): NaN from rows and table alike.
  if (Number.isNaN(expected)) return expect(actual, label).toBeNaN();
  expect(Math.abs((actual ?? NaN) - expected) / Math.max(1, Math.abs(expected)), label).toBeLessThanOrEqual(tolerance);
};

function tableOf({time, event, entry, group, strata, covariates}: Case) {
  const table = aggregateRows({time, event, entry, group, strata, covariates});
  return {time: table.time, event: table.event, entry: table.entry, group: table.group!, strata: table.strata, covariates: table.covariates!, weights: table.weights};
}

describe.each(cases)("$name: the weighted table gives the rows' results", (data) => {
  const table = tableOf(data);

  it("is smaller than the rows and stands for each of them once", () => {
    expect(table.time.length).toBeLessThan(data.time.length);
    expect(table.weights.reduce((a, b) => a + b, 0)).toBe(data.time.length);
  });

  for (const ties of ["efron", "breslow"] as const) {
    it(`coxPH (${ties}): coefficients, variance, loglik and the likelihood-ratio, Wald and score tests`, () => {
      const byRows = coxPH(data, {ties});
      const byTable = coxPH(table, {ties});
      byRows.coef.forEach((b, k) => close(byTable.coef[k], b, `coef[${k}]`));
      byRows.variance.forEach((row, j) => row.forEach((v, k) => close(byTable.variance[j][k], v, `variance[${j}][${k}]`)));
      byRows.loglik.forEach((l, k) => close(byTable.loglik[k], l, `loglik[${k}]`));
      for (const test of ["lrTest", "waldTest", "scoreTest"] as const) {
        close(byTable[test].chisq, byRows[test].chisq, `${test} chisq`);
        close(byTable[test].p, byRows[test].p, `${test} p`);
        expect(byTable[test].df).toBe(byRows[test].df);
      }
    });

    for (const transform of ["km", "identity", "rank", "log"] as ZphTransform[]) {
      it(`coxZph (${ties}, ${transform}): every term's test and the global test`, () => {
        const byRows = coxZph(data, {ties, transform});
        const byTable = coxZph(table, {ties, transform});
        expect(byTable.terms).toEqual(byRows.terms);
        byRows.tests.forEach((t, k) => close(byTable.tests[k].chisq, t.chisq, `${byRows.terms[k]} chisq`));
        close(byTable.global.chisq, byRows.global.chisq, "global chisq");
        close(byTable.global.p, byRows.global.p, "global p");
      });
    }

    it(`coxScoreTest of the groups (${ties})`, () => {
      const byRows = coxScoreTest(data, {ties});
      const byTable = coxScoreTest(table, {ties});
      expect([byTable.groups, byTable.n, byTable.df]).toEqual([byRows.groups, byRows.n, byRows.df]);
      close(byTable.chisq, byRows.chisq, "chisq");
      close(byTable.p, byRows.p, "p");
    });
  }

  // rmst and the log-rank family take no entry times (survRM2 and survdiff refuse them).
  if (data.entry !== undefined) return;

  it("rmst of every group, and the difference and ratio of two", () => {
    const groupings = [data.group, data.covariates.sex?.map(String) ?? data.covariates.chemoembolization?.map(String)].filter((g) => g !== undefined);
    for (const group of groupings) {
      const rows = {time: data.time, event: data.event, group};
      const grouped = aggregateRows(rows);
      const byRows = rmst(rows);
      const byTable = rmst({time: grouped.time, event: grouped.event, group: grouped.group!, weights: grouped.weights});
      expect(byTable.tau).toBe(byRows.tau);
      byRows.groups.forEach((g, k) => {
        expect(byTable.groups[k].group).toBe(g.group);
        for (const key of ["rmst", "se", "lower", "upper", "rmtl", "variance"] as const) close(byTable.groups[k][key], g[key], `${String(g.group)} ${key}`);
      });
      for (const contrast of ["difference", "ratio"] as const) {
        const r = byRows[contrast];
        if (r === null) expect(byTable[contrast]).toBeNull();
        else for (const key of ["estimate", "lower", "upper", "p"] as const) close(byTable[contrast]![key], r[key], `${contrast} ${key}`);
      }
      const tau = byRows.tau / 2;
      const atTau = rmst({time: grouped.time, event: grouped.event, group: grouped.group!, weights: grouped.weights}, {tau});
      rmst(rows, {tau}).groups.forEach((g, k) => close(atTau.groups[k].rmst, g.rmst, `rmst at tau/2 of ${String(g.group)}`));
    }
  });

  it("the log-rank trend test, plain and stratified", () => {
    const withStrata = data.strata ?? data.covariates.sex?.map(String) ?? data.covariates.hormonal.map(String);
    for (const strata of [undefined, withStrata]) {
      const rows = {time: data.time, event: data.event, group: data.group, strata};
      const grouped = aggregateRows(rows);
      const byRows = logRankTrend(rows);
      const byTable = logRankTrend({time: grouped.time, event: grouped.event, group: grouped.group!, strata: grouped.strata, weights: grouped.weights});
      close(byTable.statistic, byRows.statistic, "statistic");
      close(byTable.chisq, byRows.chisq, "chisq");
    }
  });
});

describe("the colon and lung fits from the weighted table equal R's coxph and cox.zph of the rows", () => {
  for (const [name, data, r] of [
    ["colon", cases[2], reference.colon],
    ["lung", cases[3], reference.lung]
  ] as const) {
    for (const ties of ["efron", "breslow"] as const) {
      it(`${name}, ${ties}`, () => {
        const table = tableOf(data);
        const fit = coxPH(table, {ties});
        fit.coef.forEach((b, k) => close(b, r[ties].coef[k], `coef[${k}]`, 1e-6));
        fit.se.forEach((s, k) => close(s, r[ties].se[k], `se[${k}]`, 1e-6));
        close(fit.scoreTest.chisq, r[ties].score, "score", 1e-6);
        // R's cox.zph tests a factor as one term; single-column terms and the global test compare directly.
        const zph = coxZph(table, {ties, fit});
        const rGlobal = r[ties].zph[r[ties].zph.length - 1];
        close(zph.global.chisq, rGlobal, "global", 1e-6);
        const single = name === "colon" ? [["sex", 1], ["obstruct", 2], ["node4", 3]] : [["sex", 0]];
        for (const [term, row] of single) close(zph.tests[zph.terms.indexOf(term as string)].chisq, r[ties].zph[row as number], term as string, 1e-6);
      });
    }
  }
});

it("coxZph and coxScoreTest take whole-number weights only, as coxPH", () => {
  const data = {time: [1, 2, 3, 4], event: [1, 1, 0, 1], covariates: {x: [0, 1, 0, 1]}, group: ["a", "b", "a", "b"], weights: [1, 2.5, 1, 1]};
  expect(() => coxZph(data)).toThrow("weights[1] is 2.5, expected a whole number > 0 (frequency weights)");
  expect(() => coxScoreTest(data)).toThrow("weights[1] is 2.5, expected a whole number > 0 (frequency weights)");
  expect(() => rmst({...data, weights: [1, 0, 1, 1]})).toThrow("weights[1] is 0, expected a finite number > 0");
});

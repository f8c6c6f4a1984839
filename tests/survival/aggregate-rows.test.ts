// Counts stand in for rows: every estimator that takes weights gives, from
// aggregateRows' table, the results of the rows themselves.
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {endpointData} from "../../src/lib/analysis/endpoints.js";
import {tumorType} from "../../src/lib/analysis/patient-row.js";
import {readSurvivalCsv} from "../../src/lib/analysis/survival-csv.js";
import {aggregateRows, coxPH, kaplanMeier, kaplanMeierByGroup, logRank, riskTable} from "../../src/lib/survival/index.js";
import {patients} from "../analysis/reference-cohort.js";

const lung = readSurvivalCsv(readFileSync("tests/fixtures/cli/lung.csv", "utf8"), "lung.csv", {time: "time", event: "event", group: "sex"});
const lungEntry = readSurvivalCsv(readFileSync("tests/fixtures/cli/lung-entry.csv", "utf8"), "lung-entry.csv", {time: "time", event: "event", group: "sex", entry: "entry"});
const ttp = endpointData(patients, "ttp");
const cohort = {time: ttp.time, event: ttp.event, group: ttp.rows.map((p) => p.arm), strata: ttp.rows.map(tumorType)};

describe("aggregateRows", () => {
  it("keeps one row per distinct (time, event, entry, group, stratum), weighted by its count", () => {
    const table = aggregateRows({time: [3, 1, 3, 3, 1], event: [1, 0, 1, 0, 0], group: ["a", "a", "a", "a", "b"]});
    expect(Array.from(table.time)).toEqual([1, 1, 3, 3]);
    expect(Array.from(table.event)).toEqual([0, 0, 0, 1]);
    expect(table.group).toEqual(["a", "b", "a", "a"]);
    expect(Array.from(table.weights)).toEqual([1, 1, 1, 2]);
    const big = aggregateRows(cohort);
    expect(big.weights.reduce((a, b) => a + b, 0)).toBe(cohort.time.length);
    expect(big.time.length).toBeLessThan(cohort.time.length);
  });
});

describe("estimators on the table equal the rows", () => {
  for (const [name, data, levels] of [
    ["TTP by arm on the reference cohort", cohort, ["chemoembolization", "bland"]],
    ["lung by sex", lung, ["1", "2"]],
    ["lung by sex with delayed entry", lungEntry, ["1", "2"]]
  ] as const) {
    it(`${name}: Kaplan–Meier curves, medians and risk tables`, () => {
      const rows = {time: data.time, event: data.event, group: data.group!, entry: "entry" in data ? data.entry : undefined};
      const table = aggregateRows(rows);
      const byRows = kaplanMeierByGroup(rows, {levels: [...levels]});
      const byTable = kaplanMeierByGroup({...table, group: table.group!}, {levels: [...levels]});
      expect(table.time.length).toBeLessThan(data.time.length);
      byRows.forEach(({fit}, g) => {
        const other = byTable[g].fit;
        for (const key of ["time", "nRisk", "nEvent", "nCensor", "surv", "stdErr", "lower", "upper"] as const) {
          Array.from(fit[key] as ArrayLike<number | null>).forEach((x, i) => expect(Math.abs((x ?? 0) - ((other[key] as ArrayLike<number | null>)[i] ?? 0)), `${key}[${i}]`).toBeLessThanOrEqual(1e-12));
        }
        expect(other.n).toBe(fit.n);
        expect(other.median).toEqual(fit.median);
        expect(riskTable(other, [0, 6, 12, 100])).toEqual(riskTable(fit, [0, 6, 12, 100]));
      });
      const pooledRows = kaplanMeier(rows);
      expect(Array.from(kaplanMeier(table).surv)).toEqual(Array.from(pooledRows.surv));
    });
  }

  for (const rho of [0, 1]) {
    it(`the G-rho test (rho = ${rho}), plain and stratified by tumour type, on the reference cohort and lung`, () => {
      for (const data of [cohort, {...lung, group: lung.group!}]) {
        const table = aggregateRows(data);
        const byRows = logRank(data as Parameters<typeof logRank>[0], {rho});
        const byTable = logRank({...table, group: table.group!} as Parameters<typeof logRank>[0], {rho, levels: byRows.groups});
        expect(Math.abs(byTable.chisq - byRows.chisq)).toBeLessThanOrEqual(1e-12 * Math.max(1, byRows.chisq));
        expect(byTable.n).toEqual(byRows.n);
        byRows.expected.forEach((e, g) => expect(Math.abs(byTable.expected[g] - e)).toBeLessThanOrEqual(1e-12 * Math.max(1, e)));
      }
    });
  }

  it("rejects a weight that is not a positive number, naming the row", () => {
    expect(() => kaplanMeier({time: [1, 2], event: [1, 0], weights: [1, 0]})).toThrow("weights[1] is 0, expected a finite number > 0");
    expect(() => logRank({time: [1, 2], event: [1, 0], group: [0, 1], weights: [NaN, 1]})).toThrow("weights[0] is NaN, expected a finite number > 0");
  });
});

it("takes weights as R's survfit(..., weights = w, robust = FALSE) does, fractional ones too (tests/fixtures/survival-weights.R)", () => {
  const r = JSON.parse(readFileSync("tests/fixtures/survival-weights.json", "utf8"));
  const fit = kaplanMeier({time: r.time, event: r.event, weights: r.weights});
  expect(Array.from(fit.time)).toEqual(r.surv.time);
  for (const [ours, theirs] of [["nRisk", "n_risk"], ["nEvent", "n_event"], ["nCensor", "n_censor"], ["surv", "surv"], ["stdErr", "std_err"], ["lower", "lower"], ["upper", "upper"]] as const) {
    Array.from(fit[ours] as ArrayLike<number | null>).forEach((x, i) => expect(Math.abs((x as number) - r.surv[theirs][i]), `${ours}[${i}]`).toBeLessThanOrEqual(1e-12));
  }
});

describe("coxPH with frequency weights", () => {
  const close = (a: number | null, b: number | null, tolerance: number, label: string) => expect(Math.abs((a ?? NaN) - (b ?? NaN)) / Math.max(1, Math.abs(b ?? 0)), label).toBeLessThanOrEqual(tolerance);
  for (const ties of ["efron", "breslow"] as const) {
    it(`equals the rows' fit from the table of counts, ${ties} ties, with categorical covariates, strata and delayed entry`, () => {
      const arm = cohort.group.map((a) => Number(a === "chemoembolization"));
      const carcinoid = cohort.strata.map((t) => Number(t === "carcinoid"));
      const sex = lungEntry.group!.map(Number);
      for (const [name, rows] of [
        ["reference cohort TTP, arm × tumour type", {time: cohort.time, event: cohort.event, covariates: {arm, carcinoid, interaction: arm.map((a, i) => a * carcinoid[i])}}],
        ["reference cohort TTP by arm, stratified by tumour type", {time: cohort.time, event: cohort.event, strata: cohort.strata, covariates: {arm}}],
        ["lung by sex", {time: lung.time, event: lung.event, covariates: {sex: lung.group!.map(Number)}}],
        ["lung by sex with delayed entry", {time: lungEntry.time, event: lungEntry.event, entry: lungEntry.entry, covariates: {sex}}]
      ] as const) {
        const table = aggregateRows(rows as Parameters<typeof aggregateRows>[0]);
        expect(table.time.length, name).toBeLessThan(rows.time.length);
        const byRows = coxPH(rows as Parameters<typeof coxPH>[0], {ties});
        const byTable = coxPH({time: table.time, event: table.event, entry: table.entry, strata: table.strata, covariates: table.covariates!, weights: table.weights}, {ties});
        expect([byTable.n, byTable.nEvent], name).toEqual([byRows.n, byRows.nEvent]);
        for (const key of ["coef", "se", "p", "lower", "upper"] as const) byRows[key].forEach((x, i) => close(byTable[key][i], x, 1e-12, `${name} ${key}[${i}]`));
        for (const test of ["lrTest", "waldTest", "scoreTest"] as const) close(byTable[test].chisq, byRows[test].chisq, 1e-12, `${name} ${test}`);
        close(byTable.loglik[1], byRows.loglik[1], 1e-12, `${name} loglik`);
      }
    });
  }

  it("takes whole-number weights only, since Efron's split of tied deaths is defined for rows", () => {
    expect(() => coxPH({time: [1, 2, 3], event: [1, 1, 0], covariates: {x: [0, 1, 0]}, weights: [1, 1.5, 1]})).toThrow("weights[1] is 1.5, expected a whole number > 0 (frequency weights)");
  });
});

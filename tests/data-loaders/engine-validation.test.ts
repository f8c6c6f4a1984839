import {beforeAll, describe, expect, it} from "vitest";
import {
  EXACT_ODDS_RATIO_TOLERANCE, EngineValidationError, engineValidation, exactOddsRatioRow, fisherExactRow, fixtureVersions, kaplanMeierRows,
  readFixture, relativeDifference, rVersionNumber, woolfRow, type EngineValidation
} from "../../data-loaders/engine-validation/index.js";
import type {KaplanMeierFixture} from "../../data-loaders/engine-validation/kaplan-meier.js";
import type {FisherCase, WoolfCase} from "../../data-loaders/engine-validation/stats-tables.js";

const FUNCTIONS = [
  "kaplanMeier", "kaplanMeierByGroup", "survivalAtTimes", "riskTable", "logRank", "logRankTrend", "rmst", "coxPH", "coxZph",
  "kaplanMeier", "kaplanMeierByGroup", "survivalAtTimes", "riskTable", "coxPH", "coxZph", "coxScoreTest",
  "oddsRatio", "oddsRatio", "fisherExact", "fisherExactRxC", "chiSquareTest", "wilsonInterval", "clopperPearsonInterval",
  "clusteredProportion", "clusteredOddsRatio", "tTest", "mannWhitneyU", "benjaminiHochberg",
  "hypergeometricLogPmf", "averageRanks", "wilcoxonCounts", "uniroot"
];
const clone = <T>(value: T): T => structuredClone(value);

let validation: EngineValidation;
beforeAll(() => {
  validation = engineValidation();
});

describe("engineValidation", () => {
  it("reports the R and survival versions the survival fixtures record", () => {
    const recorded = readFixture<{R: string; survival: string}>("survival-kaplan-meier.json");
    expect(validation.r).toMatch(/^\d+\.\d+\.\d+$/);
    expect(recorded.R).toContain(`R version ${validation.r}`);
    expect(validation.survival).toBe(recorded.survival);
  });

  it("has one row per engine function (two for oddsRatio: Woolf and exact; a second for each function taking entry times)", () => {
    expect(validation.rows.map((row) => row.function)).toEqual(FUNCTIONS);
  });

  it("compares at least one value in every reference case", () => {
    for (const row of validation.rows) {
      expect(row.cases, row.function).toBeGreaterThan(0);
      expect(row.values, row.function).toBeGreaterThanOrEqual(row.cases);
    }
  });

  it("agrees with R within each row's tolerance", () => {
    for (const row of validation.rows) {
      expect(Number.isFinite(row.maxRelativeDifference), row.rCall).toBe(true);
      expect(row.maxRelativeDifference, `${row.function}: ${row.rCall}`).toBeLessThanOrEqual(row.tolerance);
    }
  });

  it("uses the unit tests' tolerances: 1e-6 for coxPH, coxZph and coxScoreTest (coxph's convergence), R's uniroot tolerance for the exact odds ratio, 1e-9 otherwise", () => {
    const exact = validation.rows.find((row) => row.rCall.startsWith("fisher.test") && row.function === "oddsRatio");
    expect(exact?.tolerance).toBe(EXACT_ODDS_RATIO_TOLERANCE);
    for (const row of validation.rows) {
      if (row === exact) continue;
      expect(row.tolerance, row.function).toBe(["coxPH", "coxZph", "coxScoreTest"].includes(row.function) ? 1e-6 : 1e-9);
    }
  });

  it("is JSON-serialisable as is", () => {
    expect(JSON.parse(JSON.stringify(validation))).toEqual(validation);
  });
});

describe("the exact odds ratio", () => {
  it("agrees to 1e-9 apart from the one tied-bracket estimate", () => {
    const cases = readFixture<FisherCase[]>("stats-fisher.json").filter((c) => JSON.stringify(c.table) !== JSON.stringify([[14, 7], [6, 1]]));
    expect(exactOddsRatioRow(cases).maxRelativeDifference).toBeLessThanOrEqual(1e-9);
  });
});

describe("the comparison can fail", () => {
  it("measures |ours − R| / max(1, |R|)", () => {
    expect(relativeDifference(1.5, 1)).toBe(0.5);
    expect(relativeDifference(3, 2)).toBe(0.5);
    expect(relativeDifference(0.001 + 1e-7, 0.001)).toBeCloseTo(1e-7, 15);
    expect(relativeDifference(Infinity, Infinity)).toBe(0);
    expect(relativeDifference(1e300, Infinity)).toBe(Infinity);
  });

  it("exceeds the tolerance when an R p value is perturbed", () => {
    const cases = readFixture<FisherCase[]>("stats-fisher.json");
    const row = fisherExactRow(cases);
    expect(row.maxRelativeDifference).toBeLessThanOrEqual(row.tolerance);
    const perturbed = clone(cases);
    perturbed[7].p += 1e-6;
    expect(fisherExactRow(perturbed).maxRelativeDifference).toBeGreaterThan(row.tolerance);
  });

  it("reaches values nested in curves", () => {
    const fixture = readFixture<KaplanMeierFixture>("survival-kaplan-meier.json");
    const lung = clone(fixture.cases[0]);
    const surv = lung.expected.surv as number[];
    surv[10] *= 1 + 1e-8;
    const [row] = kaplanMeierRows({cases: [lung], byGroup: []});
    expect(row.maxRelativeDifference).toBeGreaterThan(row.tolerance);
    expect(row.cases).toBe(1);
  });

  it("throws naming the fixture file and case when R has NA and the engine a number, or the reverse", () => {
    const fixture = readFixture<KaplanMeierFixture>("survival-kaplan-meier.json");
    const lung = clone(fixture.cases[0]);
    (lung.expected.surv as (number | null)[])[0] = null;
    expect(() => kaplanMeierRows({cases: [lung], byGroup: []})).toThrow(EngineValidationError);
    expect(() => kaplanMeierRows({cases: [lung], byGroup: []})).toThrow(/tests\/fixtures\/survival-kaplan-meier\.json, case "lung" \(log, 0\.95\): result\.surv\[0\] is .* R has NA/);

    const woolf = readFixture<WoolfCase[]>("stats-woolf.json");
    const i = woolf.findIndex((c) => c.lower === null && c.estimate !== null);
    expect(woolfRow([woolf[i]]).maxRelativeDifference).toBe(0); // NA against null agrees
    const bad = clone(woolf);
    bad[i].lower = 0.5;
    expect(() => woolfRow(bad)).toThrow(new RegExp(`tests/fixtures/stats-woolf\\.json, case ${i} .*: result\\.lower is null, R has 0\\.5`));
  });
});

describe("fixtureVersions", () => {
  it("takes the version number from R.version.string", () => {
    expect(rVersionNumber("R version 4.2.2 Patched (2022-11-10 r83330)")).toBe("4.2.2");
  });
  it("falls back to 4.2.2 / 3.5.3 only when no fixture records a version", () => {
    expect(fixtureVersions(["a.json"], () => ({}))).toEqual({r: "4.2.2", survival: "3.5.3"});
    expect(fixtureVersions(["a.json"], () => ({R: "R version 4.4.1 (2024-06-14)", survival: "3.7.0"}))).toEqual({r: "4.4.1", survival: "3.7.0"});
  });
  it("refuses fixtures that record different versions", () => {
    const read = (file: string) => ({R: "R version 4.2.2", survival: file === "a.json" ? "3.5.3" : "3.7.0"});
    expect(() => fixtureVersions(["a.json", "b.json"], read)).toThrow("the fixtures record different survival versions: 3.5.3 (a.json), 3.7.0 (b.json)");
  });
});

// /progression's published statistics are what the page computes from the
// risk table in the browser, for every tumour filter and endpoint under the
// default controls, after the exact JSON round trip the page reads them
// through; and the page is told to compute for itself whenever a control
// leaves its default.
import {describe, expect, it} from "vitest";
import {aggregateCohort} from "../../data-loaders/aggregate/aggregate-cohort.js";
import {applyMinCell} from "../../data-loaders/aggregate/min-cell.js";
import {pageStatisticsJson} from "../../data-loaders/page-statistics/page-statistics.js";
import {progressionPageStatistics} from "../../data-loaders/page-statistics/progression-page-statistics.js";
import type {PublishedRiskTableJson} from "../../data-loaders/page-statistics/risk-table-page-loader.js";
import {analysedPopulation} from "../../src/lib/analysis/analysed-population.js";
import {compareSurvival} from "../../src/lib/analysis/compare-survival.js";
import {effectEstimates} from "../../src/lib/analysis/effect-estimates.js";
import {endpointRows} from "../../src/lib/analysis/endpoint-rows.js";
import {filterPatients} from "../../src/lib/analysis/filter-patients.js";
import {interactionTest} from "../../src/lib/analysis/interaction-test.js";
import {PROGRESSION_FAMILY_STATES, progressionFamily, publishedProgression, type ProgressionControls} from "../../src/lib/analysis/progression-statistics.js";
import type {PageStatistics} from "../../src/lib/analysis/published-statistics.js";
import {riskTableColumns} from "../../src/lib/analysis/risk-table-columns.js";
import {riskTablePatients, type RiskTableCount} from "../../src/lib/analysis/risk-table-patients.js";
import {rmstByTau} from "../../src/lib/analysis/rmst-by-tau.js";
import {suppressedNote} from "../../src/lib/analysis/suppressed-patterns.js";
import {OFF_DEFAULT_CONTROLS} from "./off-default-controls.js";
import {FILTER_CHOICES} from "../../src/lib/analysis/view-family.js";

const {riskTable} = await aggregateCohort({patients: "tests/fixtures/reconstruction/patients.csv", procedures: "tests/fixtures/reconstruction/procedures.csv"});

// data/risk-table.json as the page fetches it, and the page's file as the page fetches it.
function published(minCell: number | null): {table: PublishedRiskTableJson; file: PageStatistics} {
  const {rows, suppressed} = applyMinCell(riskTable, minCell);
  const table = JSON.parse(JSON.stringify({minCell, suppressed, columns: riskTableColumns(rows as RiskTableCount[])}));
  return {table, file: JSON.parse(pageStatisticsJson(progressionPageStatistics(table)))};
}

// What loadConventions() and the controls give on a fresh visit.
const DEFAULTS = {groupBy: "arm", conventions: {confType: "log", confLevel: 0.95, rho: 0, strata: null}, testChoice: {rho: 0, strata: null}, landmarks: null, tau: undefined} as const;
const controls = (tumor: string, endpoint: "ttp" | "tttf", changed: Partial<ProgressionControls> = {}): ProgressionControls => ({...DEFAULTS, filters: {tumor}, endpoint, ...changed}) as ProgressionControls;

// The page's browser path, as it computed every view before the build published any.
function inBrowser(table: PublishedRiskTableJson, tumor: string, endpoint: "ttp" | "tttf") {
  const patients = riskTablePatients(table.columns, ["ttp", "tttf", "os_embolization"]);
  const shown = endpointRows(patients, endpoint);
  const subset = filterPatients(shown, {tumor} as never);
  const testOptions = {...DEFAULTS.conventions, ...DEFAULTS.testChoice};
  const effects = effectEstimates(subset, {endpoint, groupBy: "arm", confLevel: 0.95, tau: undefined});
  return {
    view: {
      byGroup: compareSurvival(subset, {endpoint, groupBy: "arm", ...testOptions}),
      effects,
      byTau: rmstByTau(subset, {endpoint, groupBy: "arm", confLevel: 0.95, tauMax: effects.tauMax}),
      population: analysedPopulation(subset, endpoint, "arm"),
      withinArm: (["chemoembolization", "bland"] as const).map((arm) => {
        const rows = subset.filter((p) => p.arm === arm);
        return {
          arm,
          population: analysedPopulation(rows, endpoint, "tumor"),
          comparison: compareSurvival(rows, {endpoint, groupBy: "tumor", ...testOptions}),
          effects: effectEstimates(rows, {endpoint, groupBy: "tumor", confLevel: 0.95})
        };
      })
    },
    interaction: interactionTest(shown, {endpoint, confLevel: 0.95}),
    family: progressionFamily(patients, DEFAULTS.testChoice),
    suppression: suppressedNote(table, {tumor} as never)
  };
}

describe.each([null, 3])("data/page-statistics/progression.json, MIN_CELL %s", (minCell) => {
  const {table, file} = published(minCell);

  it("holds, for every tumour filter and endpoint, exactly what the page computes from the risk table", () => {
    expect(Object.keys(file.parts.views)).toEqual(FILTER_CHOICES.tumor.map((t) => `tumor=${t}`));
    for (const tumor of FILTER_CHOICES.tumor) {
      for (const endpoint of ["ttp", "tttf"] as const) {
        const expected = inBrowser(table, tumor, endpoint);
        const read = publishedProgression(file, tumor);
        const view = read.view(controls(tumor, endpoint));
        expect(view, `${tumor} ${endpoint}`).toEqual(expected.view);
        expect(view!.byGroup.curves[0].fit?.surv).toBeInstanceOf(Float64Array);
        expect(read.interaction(endpoint, 0.95)).toEqual(expected.interaction);
        expect(suppressedNote(read.suppression, {tumor} as never)).toBe(expected.suppression);
        const family = read.family(DEFAULTS.testChoice)!;
        expect([family.views, family.tests]).toEqual([expected.family.views, expected.family.tests]);
        for (const state of PROGRESSION_FAMILY_STATES) expect(family.adjusted(state)).toBe(expected.family.adjusted(state));
      }
    }
  });

  it("leaves to the page every view off the defaults", () => {
    const off: Partial<ProgressionControls>[] = [
      {groupBy: "hormonal"},
      {groupBy: "tumor"},
      ...OFF_DEFAULT_CONTROLS
    ];
    const read = publishedProgression(file, "all");
    expect(read.view(controls("all", "ttp"))).not.toBeNull();
    for (const changed of off) expect(read.view(controls("all", "ttp", changed)), JSON.stringify(changed)).toBeNull();
    // Another filter's view is not this one's.
    expect(read.view(controls("carcinoid", "ttp"))).toBeNull();
    expect(read.family({rho: 0.5, strata: null})).toBeNull();
    expect(read.family({rho: 0, strata: "hormonal"})).toBeNull();
    expect(read.interaction("ttp", 0.99)).toBeNull();
  });
});

it("publishes no patient id, and the suppressed patterns only when MIN_CELL suppresses some", () => {
  const json = pageStatisticsJson(progressionPageStatistics(published(null).table));
  expect(json).not.toMatch(/"P\d+"/);
  expect(published(null).file.parts.suppression[""]).toEqual({minCell: null, suppressed: []});
  expect((published(3).file.parts.suppression[""] as {suppressed: unknown[]}).suppressed.length).toBeGreaterThan(0);
});

// /survival's published statistics are what the page computes from the risk
// table in the browser: the view from the first embolization by arm for
// every filter state under the default controls, and each analysis's family
// of tests under the default test, after the exact JSON round trip the page
// reads them through, with and without MIN_CELL; and the page is told to
// compute for itself (from the risk table's rows, as before) whenever a
// control leaves its default.
import {describe, expect, it} from "vitest";
import {aggregateCohort} from "../../data-loaders/aggregate/aggregate-cohort.js";
import {applyMinCell} from "../../data-loaders/aggregate/min-cell.js";
import {pageStatisticsJson} from "../../data-loaders/page-statistics/page-statistics.js";
import type {PublishedRiskTableJson} from "../../data-loaders/page-statistics/risk-table-page-loader.js";
import {survivalPageStatistics} from "../../data-loaders/page-statistics/survival-page-statistics.js";
import {analysedPopulation} from "../../src/lib/analysis/analysed-population.js";
import {compareSurvival} from "../../src/lib/analysis/compare-survival.js";
import {effectEstimates} from "../../src/lib/analysis/effect-estimates.js";
import {endpointRows} from "../../src/lib/analysis/endpoint-rows.js";
import {entryStartTime} from "../../src/lib/analysis/entry-start-time.js";
import {filterPatients, type PatientFilters} from "../../src/lib/analysis/filter-patients.js";
import type {GroupBy} from "../../src/lib/analysis/group-columns.js";
import {interactionTest} from "../../src/lib/analysis/interaction-test.js";
import {meanEntryTime} from "../../src/lib/analysis/mean-entry-time.js";
import type {PageStatistics} from "../../src/lib/analysis/published-statistics.js";
import {riskTableColumns} from "../../src/lib/analysis/risk-table-columns.js";
import {riskTablePatients, type RiskTableCount} from "../../src/lib/analysis/risk-table-patients.js";
import {rmstByTau} from "../../src/lib/analysis/rmst-by-tau.js";
import {suppressedNote} from "../../src/lib/analysis/suppressed-patterns.js";
import {publishedSurvival, SURVIVAL_ANALYSES, survivalFamilyStates, survivalView, type SurvivalControls, type SurvivalOrigin} from "../../src/lib/analysis/survival-statistics.js";
import {OFF_DEFAULT_CONTROLS} from "./off-default-controls.js";
import {filterStates, viewFamily} from "../../src/lib/analysis/view-family.js";

const {riskTable} = await aggregateCohort({patients: "tests/fixtures/reconstruction/patients.csv", procedures: "tests/fixtures/reconstruction/procedures.csv"});
const ORIGINS = ["os_embolization", "os_diagnosis", "os_liver_metastases"] as const;

// data/risk-table.json as the page fetches it, and the page's file as the page fetches it.
function published(minCell: number | null): {table: PublishedRiskTableJson; file: PageStatistics} {
  const {rows, suppressed} = applyMinCell(riskTable, minCell);
  const table = JSON.parse(JSON.stringify({minCell, suppressed, columns: riskTableColumns(rows as RiskTableCount[])}));
  return {table, file: JSON.parse(pageStatisticsJson(survivalPageStatistics(table)))};
}

// What loadConventions() and the controls give on a fresh visit.
const DEFAULTS = {origin: "os_embolization", groupBy: "arm", conventions: {confType: "log", confLevel: 0.95, rho: 0, strata: null}, testChoice: {rho: 0, strata: null}, landmarks: null, tau: undefined} as const;
const controls = (filters: Partial<PatientFilters>, changed: Partial<SurvivalControls> = {}): SurvivalControls => ({...DEFAULTS, filters, ...changed}) as SurvivalControls;

// The page's browser path, as it computed every view before the build published any.
function inBrowser(table: PublishedRiskTableJson, filters: Partial<PatientFilters>, {origin, groupBy, conventions, testChoice, landmarks, tau}: SurvivalControls) {
  const patients = riskTablePatients(table.columns, [...ORIGINS]);
  const subset = filterPatients(endpointRows(patients, origin), filters);
  const hasEntry = origin !== "os_embolization";
  const startTime = hasEntry ? entryStartTime(subset, {endpoint: origin, groupBy}) : null;
  const analysed = (a: string) =>
    compareSurvival(subset, {endpoint: origin, groupBy, ...conventions, ...testChoice, ...(landmarks ? {landmarks} : {}), delayedEntry: a !== "naive", startTime: a === "conditional" ? (startTime ?? undefined) : undefined});
  const effects = ["arm", "tumor", "hormonal", "extrahepatic"].includes(groupBy) ? effectEstimates(subset, {endpoint: origin, groupBy, confLevel: conventions.confLevel, tau}) : null;
  return {
    startTime,
    analyses: (hasEntry ? ["entry", "conditional", "naive"].filter((a) => a !== "conditional" || startTime !== null) : ["naive"]).map((analysis) => ({analysis, comparison: analysed(analysis)})),
    meanEntry: meanEntryTime(subset, origin) ?? null,
    effects,
    byTau: effects ? rmstByTau(subset, {endpoint: origin, groupBy, confLevel: conventions.confLevel, tauMax: effects.tauMax}) : [],
    population: analysedPopulation(subset, origin, groupBy),
    interaction: groupBy === "arm" ? interactionTest(subset, {endpoint: origin, confLevel: conventions.confLevel}) : null,
    suppression: suppressedNote(table, filters)
  };
}

const FILTER_STATES = filterStates(["tumor", "hormonal", "extrahepatic"]);

describe.each([null, 3])("data/page-statistics/survival.json, MIN_CELL %s", (minCell) => {
  const {table, file} = published(minCell);

  it("holds, for every filter state, exactly the default view the page computes from the risk table", () => {
    expect(FILTER_STATES).toHaveLength(27);
    expect(Object.keys(file.parts.view)).toHaveLength(27);
    for (const filters of FILTER_STATES) {
      const {suppression: expectedNote, ...expected} = inBrowser(table, filters, controls(filters));
      const read = publishedSurvival(file, filters);
      const view = read.view(controls(filters));
      expect(view, JSON.stringify(filters)).toEqual(expected);
      expect(suppressedNote(read.suppression, filters)).toBe(expectedNote);
      // The page reads a fit's columns as typed arrays, as computed.
      const fit = view!.analyses[0].comparison.curves.find((c) => c.fit)?.fit;
      if (fit) expect(fit.surv).toBeInstanceOf(Float64Array);
    }
    // Enough is compared: the whole cohort's view has both arms' curves, a test and the interaction test.
    const whole = publishedSurvival(file, {}).view(controls({}))!;
    expect(whole.analyses[0].comparison.curves.map((c) => c.n).every((n) => n > 0)).toBe(true);
    expect(whole.analyses[0].comparison.test?.p).toBeGreaterThan(0);
    expect(whole.interaction).not.toBeNull();
    if (minCell === null) expect(whole.interaction?.result?.p).toBeGreaterThan(0);
    if (minCell !== null) expect(FILTER_STATES.some((f) => suppressedNote(table, f) !== null)).toBe(true);
  });

  it.each(SURVIVAL_ANALYSES)("holds the %s analysis's family as the page weighs it from the risk table", (analysis) => {
    // The page's views, as it listed them before the build published any.
    const states = FILTER_STATES.flatMap((f) => ORIGINS.flatMap((endpoint) => ["arm", "tumor"].map((g) => ({filters: f, endpoint, groupBy: g, delayedEntry: analysis !== "naive", conditional: analysis === "conditional"})))) as ReturnType<typeof survivalFamilyStates>;
    expect(survivalFamilyStates(analysis)).toEqual(states);
    expect(states).toHaveLength(162);
    const expected = viewFamily(riskTablePatients(table.columns, [...ORIGINS]), states, {rho: 0, strata: null});
    const read = publishedSurvival(file, {}).family(analysis, {rho: 0, strata: null})!;
    expect([read.views, read.tests]).toEqual([expected.views, expected.tests]);
    for (const state of states) expect(read.adjusted(state), JSON.stringify(state)).toBe(expected.adjusted(state));
    expect(states.some((s) => typeof read.adjusted(s) === "number")).toBe(true);
    // A view of another analysis is outside this family: no adjusted P, as viewFamily gives.
    const other = {...states[2], delayedEntry: analysis === "naive", conditional: false};
    expect([read.adjusted(other), expected.adjusted(other)]).toEqual([null, null]);
    // The page asks for a view from the first embolization as the naive analysis it shows, whatever the analysis chosen.
    for (const state of states.filter((s) => s.endpoint === "os_embolization")) {
      expect(read.adjusted({...state, delayedEntry: false, conditional: false})).toBe(expected.adjusted({...state, delayedEntry: false, conditional: false}));
    }
  });

  it("leaves to the page every view off the defaults, which it computes as before", () => {
    const filters: Partial<PatientFilters> = {tumor: "carcinoid", hormonal: "all", extrahepatic: "absent"};
    const off: Partial<SurvivalControls>[] = [
      {origin: "os_diagnosis"},
      {origin: "os_liver_metastases"},
      {groupBy: "tumor"},
      {groupBy: "primary_tumor" as GroupBy},
      ...OFF_DEFAULT_CONTROLS
    ];
    const read = publishedSurvival(file, filters);
    expect(read.view(controls(filters))).not.toBeNull();
    const rows = (origin: SurvivalOrigin) => endpointRows(riskTablePatients(table.columns, [...ORIGINS]), origin);
    for (const changed of off) {
      const shown = controls(filters, changed);
      expect(read.view(shown), JSON.stringify(changed)).toBeNull();
      const {suppression: _, ...expected} = inBrowser(table, filters, shown);
      expect(survivalView(rows(shown.origin), shown), JSON.stringify(changed)).toEqual(expected);
    }
    // Another filter's view is not this one's.
    expect(read.view(controls({tumor: "carcinoid"}))).toBeNull();
    expect(read.family("entry", {rho: 1, strata: null})).toBeNull();
    expect(read.family("entry", {rho: 0, strata: "tumor"})).toBeNull();
  });
});

it("publishes no patient id, the suppressed patterns only when MIN_CELL suppresses some, and no more than its parts", () => {
  const {file} = published(null);
  expect(pageStatisticsJson(file)).not.toMatch(/"P\d+"/);
  expect(Object.keys(file.parts)).toEqual(["view", "families", "suppression"]);
  expect(Object.keys(file.parts.families[""] as object)).toEqual([...SURVIVAL_ANALYSES]);
  expect(file.parts.suppression[""]).toEqual({minCell: null, suppressed: []});
  expect((published(3).file.parts.suppression[""] as {suppressed: unknown[]}).suppressed.length).toBeGreaterThan(0);
});

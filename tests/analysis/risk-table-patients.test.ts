// The pages' analyses give the same results from the published risk table as
// from the patient rows of the reconstruction: riskTablePatients turns the
// counts into weighted rows, and every analysis reads them through
// endpointData. Compared as the pages show them: curves, tests, landmark
// rates, effect estimates, restricted means by tau, the analysed population,
// the interaction test, the conditional start and the family of views.
import {describe, expect, it} from "vitest";
import {aggregateCohort} from "../../data-loaders/aggregate/aggregate-cohort.js";
import {analysedPopulation} from "../../src/lib/analysis/analysed-population.js";
import {compareSurvival, GROUP_LEVELS, type GroupBy} from "../../src/lib/analysis/compare-survival.js";
import {effectEstimates} from "../../src/lib/analysis/effect-estimates.js";
import {ENDPOINTS, type EndpointId} from "../../src/lib/analysis/endpoints.js";
import {entryStartTime} from "../../src/lib/analysis/entry-start-time.js";
import {filterPatients, type PatientFilters} from "../../src/lib/analysis/filter-patients.js";
import {interactionTest} from "../../src/lib/analysis/interaction-test.js";
import {meanEntryTime} from "../../src/lib/analysis/mean-entry-time.js";
import {riskTablePatients, type RiskTableCount} from "../../src/lib/analysis/risk-table-patients.js";
import {rmstByTau} from "../../src/lib/analysis/rmst-by-tau.js";
import {filterStates, viewFamily} from "../../src/lib/analysis/view-family.js";
import {expectSame} from "./expect-same.js";
import {patients} from "./reference-cohort.js";

const {riskTable} = await aggregateCohort({patients: "tests/fixtures/reconstruction/patients.csv", procedures: "tests/fixtures/reconstruction/procedures.csv"});
const counts = riskTablePatients(riskTable as RiskTableCount[]);

const STATES: {filters: Partial<PatientFilters>; endpoint: EndpointId; groupBy: GroupBy; rho?: number; strata?: GroupBy}[] = [
  {filters: {}, endpoint: "ttp", groupBy: "arm"},
  {filters: {tumor: "carcinoid"}, endpoint: "tttf", groupBy: "arm", rho: 1},
  {filters: {}, endpoint: "ttp", groupBy: "tumor", strata: "hormonal"},
  {filters: {hormonal: "active"}, endpoint: "os_embolization", groupBy: "primary_tumor"},
  {filters: {extrahepatic: "absent"}, endpoint: "os_embolization", groupBy: "extrahepatic"},
  {filters: {}, endpoint: "os_diagnosis", groupBy: "arm"},
  {filters: {tumor: "noncarcinoid"}, endpoint: "os_liver_metastases", groupBy: "tumor"}
];

describe.each(STATES)("$endpoint by $groupBy under $filters", ({filters, endpoint, groupBy, rho = 0, strata}) => {
  const rows = filterPatients(patients, filters);
  const table = filterPatients(counts, filters);

  it("gives the same curves, test and landmark rates, naive and with delayed entry", () => {
    for (const delayedEntry of [false, true]) {
      const options = {endpoint, groupBy, rho, strata: delayedEntry ? null : (strata ?? null), delayedEntry};
      expectSame(compareSurvival(table, options), compareSurvival(rows, options));
    }
    const startTime = entryStartTime(rows, {endpoint, groupBy});
    expect(entryStartTime(table, {endpoint, groupBy})).toBe(startTime);
    if (startTime !== null) expectSame(compareSurvival(table, {endpoint, groupBy, delayedEntry: true, startTime}), compareSurvival(rows, {endpoint, groupBy, delayedEntry: true, startTime}));
  });

  it("gives the same analysed population, interaction test and mean entry time", () => {
    expect(analysedPopulation(table, endpoint, groupBy)).toEqual(analysedPopulation(rows, endpoint, groupBy));
    expectSame(interactionTest(table, {endpoint}), interactionTest(rows, {endpoint}));
    if (ENDPOINTS[endpoint].entry) expect(meanEntryTime(table, endpoint)).toBeCloseTo(meanEntryTime(rows, endpoint)!, 10);
  });
});

// The pages give effect estimates for two groups only.
describe.each(STATES.filter((s) => GROUP_LEVELS[s.groupBy].length === 2))("effects of $endpoint by $groupBy under $filters", ({filters, endpoint, groupBy}) => {
  const rows = filterPatients(patients, filters);
  const table = filterPatients(counts, filters);

  it("gives the same effect estimates and restricted means by tau", () => {
    const effects = effectEstimates(rows, {endpoint, groupBy, tau: 12});
    expectSame(effectEstimates(table, {endpoint, groupBy, tau: 12}), effects);
    const byDefault = effectEstimates(rows, {endpoint, groupBy});
    expectSame(effectEstimates(table, {endpoint, groupBy}), byDefault);
    expectSame(rmstByTau(table, {endpoint, groupBy, tauMax: byDefault.tauMax, points: 8}), rmstByTau(rows, {endpoint, groupBy, tauMax: byDefault.tauMax, points: 8}));
  });
});

describe("the family of views", () => {
  it("has the same views, distinct tests and adjusted P values", () => {
    const states = filterStates(["tumor", "hormonal"]).flatMap((filters) => (["ttp", "os_diagnosis"] as const).flatMap((endpoint) => [
      {filters, endpoint, groupBy: "arm" as const, delayedEntry: true},
      {filters, endpoint, groupBy: "tumor" as const, delayedEntry: true, conditional: true}
    ]));
    const fromRows = viewFamily(patients, states);
    const fromTable = viewFamily(counts, states);
    expect([fromTable.views, fromTable.tests]).toEqual([fromRows.views, fromRows.tests]);
    for (const state of states) expectSame(fromTable.adjusted(state), fromRows.adjusted(state), JSON.stringify(state));
  });
  it("has the same adjusted P values under a G-rho test stratified by a column, within an arm", () => {
    const states = filterStates(["tumor", "extrahepatic"]).flatMap((filters) => (["tttf", "os_liver_metastases"] as const).flatMap((endpoint) => [
      {filters, endpoint, groupBy: "arm" as const},
      ...(["chemoembolization", "bland"] as const).map((arm) => ({filters, endpoint, groupBy: "tumor" as const, arm}))
    ]));
    const options = {rho: 0.5, strata: "hormonal" as const};
    const fromRows = viewFamily(patients, states, options);
    const fromTable = viewFamily(counts, states, options);
    expect(fromRows.tests).toBeGreaterThan(10);
    expect([fromTable.views, fromTable.tests]).toEqual([fromRows.views, fromRows.tests]);
    for (const state of states) expectSame(fromTable.adjusted(state), fromRows.adjusted(state), JSON.stringify(state));
  });
});

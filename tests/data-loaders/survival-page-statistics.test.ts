// /survival's published family of tests is the one the page weighs from the
// risk table in the browser, for each analysis under the default test, after
// the exact JSON round trip the page reads it through; under another test the
// page weighs its own.
import {describe, expect, it} from "vitest";
import {aggregateCohort} from "../../data-loaders/aggregate/aggregate-cohort.js";
import {pageStatisticsJson} from "../../data-loaders/page-statistics/page-statistics.js";
import {survivalPageStatistics} from "../../data-loaders/page-statistics/survival-page-statistics.js";
import type {PageStatistics} from "../../src/lib/analysis/published-statistics.js";
import {riskTableColumns} from "../../src/lib/analysis/risk-table-columns.js";
import {riskTablePatients, type RiskTableCount} from "../../src/lib/analysis/risk-table-patients.js";
import {publishedSurvivalFamily, SURVIVAL_ANALYSES, survivalFamilyStates} from "../../src/lib/analysis/survival-statistics.js";
import {filterStates, viewFamily} from "../../src/lib/analysis/view-family.js";

const {riskTable} = await aggregateCohort({patients: "tests/fixtures/reconstruction/patients.csv", procedures: "tests/fixtures/reconstruction/procedures.csv"});
const table = JSON.parse(JSON.stringify({minCell: null, suppressed: [], columns: riskTableColumns(riskTable as RiskTableCount[])}));
const file: PageStatistics = JSON.parse(pageStatisticsJson(survivalPageStatistics(table)));
// The page's weighted rows, as it builds them from data/risk-table.json.
const patients = riskTablePatients(table.columns, ["os_embolization", "os_diagnosis", "os_liver_metastases"]);

describe("data/page-statistics/survival.json", () => {
  it.each(SURVIVAL_ANALYSES)("holds the %s analysis's family as the page weighs it from the risk table", (analysis) => {
    // The page's views, as it listed them before the build published any.
    const states = filterStates(["tumor", "hormonal", "extrahepatic"]).flatMap((f) =>
      ["os_embolization", "os_diagnosis", "os_liver_metastases"].flatMap((endpoint) => ["arm", "tumor"].map((g) => ({filters: f, endpoint, groupBy: g, delayedEntry: analysis !== "naive", conditional: analysis === "conditional"})))
    ) as ReturnType<typeof survivalFamilyStates>;
    expect(survivalFamilyStates(analysis)).toEqual(states);
    expect(states).toHaveLength(162);
    const expected = viewFamily(patients, states, {rho: 0, strata: null});
    const read = publishedSurvivalFamily(file, analysis, {rho: 0, strata: null})!;
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

  it("leaves another test to the page, and holds no more than the families", () => {
    expect(publishedSurvivalFamily(file, "entry", {rho: 1, strata: null})).toBeNull();
    expect(publishedSurvivalFamily(file, "entry", {rho: 0, strata: "tumor"})).toBeNull();
    expect(Object.keys(file.parts)).toEqual(["families"]);
    expect(Object.keys(file.parts.families[""] as object)).toEqual([...SURVIVAL_ANALYSES]);
  });
});

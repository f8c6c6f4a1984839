import {describe, expect, it} from "vitest";
import {pageStatistics, pageStatisticsJson} from "../../data-loaders/page-statistics/page-statistics.js";
import {cohortFamily, cohortStatistics, COHORT_PARTS} from "../../src/lib/analysis/cohort-statistics.js";
import {filterPatients} from "../../src/lib/analysis/filter-patients.js";
import {methodsStatistics, METHODS_PARTS} from "../../src/lib/analysis/methods-statistics.js";
import {overviewStatistics, OVERVIEW_PARTS, type OverviewState} from "../../src/lib/analysis/overview-statistics.js";
import {readPublished, type PageStatistics} from "../../src/lib/analysis/published-statistics.js";
import {responseFamily, responseStatistics, RESPONSE_PARTS} from "../../src/lib/analysis/response-statistics.js";
import {safetyFamily, safetyStatistics, SAFETY_PARTS} from "../../src/lib/analysis/safety-statistics.js";
import {trialDesignStatistics, TRIAL_DESIGN_PARTS} from "../../src/lib/analysis/trial-design-statistics.js";
import {patients, procedures} from "../analysis/reference-cohort.js";

// What a page reads: the loader's output through JSON, as the browser receives it.
const published = (minCell: number | null): PageStatistics => JSON.parse(pageStatisticsJson(pageStatistics({patients, procedures}, minCell)));
const table = published(null);
const statistics = <R>(result: {statistics: R | null; note: string | null}): R => {
  expect(result.note).toBeNull();
  return result.statistics as R;
};

describe("page statistics", () => {
  it("give each page, in every state tried, what the page computes from rows", () => {
    const overviewStates: OverviewState[] = [
      {tumor: "all", confType: "log", confLevel: 0.95, rho: 0, strata: null},
      {tumor: "carcinoid", confType: "log-log", confLevel: 0.9, rho: 1, strata: "sex"},
      {tumor: "noncarcinoid", confType: "plain", confLevel: 0.99, rho: 0, strata: "primary_tumor"}
    ];
    for (const state of overviewStates) expect(statistics(readPublished(table, "overview", OVERVIEW_PARTS, state))).toEqual(overviewStatistics(patients, procedures, state));
    const cohortTests = cohortFamily(patients);
    for (const filters of [{tumor: "all", hormonal: "all", extrahepatic: "all"}, {tumor: "carcinoid", hormonal: "active", extrahepatic: "present"}] as const) {
      expect(statistics(readPublished(table, "cohort", COHORT_PARTS, filters))).toEqual(cohortStatistics(patients, procedures, filters, cohortTests));
    }
    const safetyTests = safetyFamily(patients, procedures);
    // Among carcinoid tumours no bland embolization was followed by infection: odds ratios of Infinity.
    for (const state of [{tumor: "all", confLevel: 0.95}, {tumor: "carcinoid", confLevel: 0.95}, {tumor: "noncarcinoid", confLevel: 0.9}] as const) {
      expect(statistics(readPublished(table, "safety", SAFETY_PARTS, state))).toEqual(safetyStatistics(patients, procedures, state, safetyTests));
    }
    const responseTests = responseFamily(patients);
    for (const state of [{tumor: "all", hormonal: "all", confLevel: 0.95}, {tumor: "carcinoid", hormonal: "inactive", confLevel: 0.99}] as const) {
      expect(statistics(readPublished(table, "response", RESPONSE_PARTS, state))).toEqual(responseStatistics(patients, state, responseTests));
    }
    const methodsState = {confType: "log-log", confLevel: 0.99, rho: 1, strata: "tumor"} as const;
    expect(statistics(readPublished(table, "methods", METHODS_PARTS, methodsState))).toEqual(methodsStatistics(patients, methodsState));
    for (const endpoint of ["ttp", "os_embolization"] as const) {
      const fromTable = statistics(readPublished(table, "trialDesign", TRIAL_DESIGN_PARTS, {endpoint}));
      expect(fromTable).toEqual(trialDesignStatistics(patients, {endpoint}));
      expect(fromTable.cohort.control.fit?.surv).toBeInstanceOf(Float64Array);
    }
  });

  it("publish no patient id", () => {
    const json = pageStatisticsJson(pageStatistics({patients, procedures}, null));
    const ids = patients.map((p) => p.id);
    expect(ids.filter((id) => json.includes(`"${id}"`))).toEqual([]);
  });

  it("under MIN_CELL, publish nothing for a filter state of fewer patients, and say so", () => {
    const minCell = 30;
    const small = published(minCell);
    const sizes = {carcinoid: filterPatients(patients, {tumor: "carcinoid"}).length, noncarcinoid: filterPatients(patients, {tumor: "noncarcinoid"}).length};
    const [kept, suppressed] = sizes.carcinoid >= minCell ? (["carcinoid", "noncarcinoid"] as const) : (["noncarcinoid", "carcinoid"] as const);
    expect(sizes[suppressed]).toBeLessThan(minCell);
    expect(sizes[kept]).toBeGreaterThanOrEqual(minCell);
    expect(small.pages.safety.table[`tumor=${suppressed}&confLevel=0.95`]).toBeNull();
    expect(small.pages.safety.adjusted[`tumor=${suppressed}`]).toBeNull();
    expect(small.pages.safety.table[`tumor=${kept}&confLevel=0.95`]).toEqual(table.pages.safety.table[`tumor=${kept}&confLevel=0.95`]);
    expect(readPublished(small, "safety", SAFETY_PARTS, {tumor: suppressed, confLevel: 0.95})).toEqual({statistics: null, note: `Fewer than ${minCell} patients under these filters: no statistics are published for them (MIN_CELL = ${minCell}).`});
    // Every cohort filter state suppressed is one of fewer than MIN_CELL patients, and every such state is suppressed.
    for (const [key, value] of Object.entries(small.pages.cohort.table)) {
      const filters = Object.fromEntries(key.split("&").map((kv) => kv.split("=")));
      expect(value === null).toBe(filterPatients(patients, filters).length < minCell);
    }
    // The whole cohort's parts stand.
    expect(small.pages.methods.curves["confType=log&confLevel=0.95"]).not.toBeNull();
  });

  it("change nothing without MIN_CELL, or with MIN_CELL 1", () => {
    const nulls = (t: PageStatistics) => Object.values(t.pages).flatMap((parts) => Object.values(parts).flatMap((states) => Object.values(states))).filter((v) => v === null).length;
    expect(nulls(table)).toBe(0);
    expect(published(1).pages).toEqual(table.pages);
  });

  it("publish nothing without rows, and the pages say why", () => {
    const none = pageStatistics(null, null);
    expect(none).toEqual({available: false, minCell: null, pages: {}});
    expect(readPublished(none, "cohort", COHORT_PARTS, {tumor: "all"}).note).toBe("These tables need patient rows at build time. This site was built from aggregates computed elsewhere, so they are not published.");
  });
});

import {describe, expect, it} from "vitest";
import {readdirSync, readFileSync} from "node:fs";
import {pageStatistics, pageStatisticsJson, STATISTICS_PAGES} from "../../data-loaders/page-statistics/page-statistics.js";
import {cohortFamily, cohortStatistics, COHORT_PARTS} from "../../src/lib/analysis/cohort-statistics.js";
import {filterPatients} from "../../src/lib/analysis/filter-patients.js";
import {methodsStatistics, METHODS_PARTS} from "../../src/lib/analysis/methods-statistics.js";
import {overviewStatistics, OVERVIEW_PARTS, type OverviewState} from "../../src/lib/analysis/overview-statistics.js";
import {readPublished, type PageStatistics, type StatisticsPage} from "../../src/lib/analysis/published-statistics.js";
import {responseFamily, responseStatistics, RESPONSE_PARTS} from "../../src/lib/analysis/response-statistics.js";
import {safetyFamily, safetyStatistics, SAFETY_PARTS} from "../../src/lib/analysis/safety-statistics.js";
import {trialDesignStatistics, TRIAL_DESIGN_PARTS} from "../../src/lib/analysis/trial-design-statistics.js";
import {patients, procedures} from "../analysis/reference-cohort.js";

// What a page reads: its loader's output through JSON, as the browser receives it.
const published = (page: StatisticsPage, minCell: number | null): PageStatistics => JSON.parse(pageStatisticsJson(pageStatistics(page, {patients, procedures}, minCell)));
const tables = Object.fromEntries(STATISTICS_PAGES.map((page) => [page, published(page, null)])) as Record<StatisticsPage, PageStatistics>;
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
    for (const state of overviewStates) expect(statistics(readPublished(tables["overview"], OVERVIEW_PARTS, state))).toEqual(overviewStatistics(patients, procedures, state));
    const cohortTests = cohortFamily(patients);
    for (const filters of [{tumor: "all", hormonal: "all", extrahepatic: "all"}, {tumor: "carcinoid", hormonal: "active", extrahepatic: "present"}] as const) {
      expect(statistics(readPublished(tables["cohort"], COHORT_PARTS, filters))).toEqual(cohortStatistics(patients, procedures, filters, cohortTests));
    }
    const safetyTests = safetyFamily(patients, procedures);
    // Among carcinoid tumours no bland embolization was followed by infection: odds ratios of Infinity.
    for (const state of [{tumor: "all", confLevel: 0.95}, {tumor: "carcinoid", confLevel: 0.95}, {tumor: "noncarcinoid", confLevel: 0.9}] as const) {
      expect(statistics(readPublished(tables["safety"], SAFETY_PARTS, state))).toEqual(safetyStatistics(patients, procedures, state, safetyTests));
    }
    const responseTests = responseFamily(patients);
    for (const state of [{tumor: "all", hormonal: "all", confLevel: 0.95}, {tumor: "carcinoid", hormonal: "inactive", confLevel: 0.99}] as const) {
      expect(statistics(readPublished(tables["response"], RESPONSE_PARTS, state))).toEqual(responseStatistics(patients, state, responseTests));
    }
    const methodsState = {confType: "log-log", confLevel: 0.99, rho: 1, strata: "tumor"} as const;
    expect(statistics(readPublished(tables["methods"], METHODS_PARTS, methodsState))).toEqual(methodsStatistics(patients, methodsState));
    for (const endpoint of ["ttp", "os_embolization"] as const) {
      const fromTable = statistics(readPublished(tables["trial-design"], TRIAL_DESIGN_PARTS, {endpoint}));
      expect(fromTable).toEqual(trialDesignStatistics(patients, {endpoint}));
      expect(fromTable.cohort.control.fit?.surv).toBeInstanceOf(Float64Array);
    }
  });

  it("give each page a file of its own parts alone, the same bytes on every run", () => {
    const partsOf = {overview: OVERVIEW_PARTS, cohort: COHORT_PARTS, safety: SAFETY_PARTS, response: RESPONSE_PARTS, methods: METHODS_PARTS, "trial-design": TRIAL_DESIGN_PARTS};
    expect([...STATISTICS_PAGES].sort()).toEqual(Object.keys(partsOf).sort());
    for (const page of STATISTICS_PAGES) {
      expect(tables[page].page).toBe(page);
      expect(Object.keys(tables[page].parts)).toEqual(Object.keys(partsOf[page]));
    }
    expect(pageStatisticsJson(pageStatistics("response", {patients, procedures}, null))).toBe(pageStatisticsJson(pageStatistics("response", {patients, procedures}, null)));
  });

  it("have one thin loader per page, each naming its own page, and each page reads its own file alone", () => {
    const loaders = readdirSync("src/data/page-statistics").sort();
    expect(loaders).toEqual(STATISTICS_PAGES.map((page) => `${page}.json.ts`).sort());
    for (const page of STATISTICS_PAGES) {
      expect(readFileSync(`src/data/page-statistics/${page}.json.ts`, "utf8")).toContain(`pageStatisticsLoader("${page}");`);
      const source = readFileSync(`src/${page === "overview" ? "index" : page}.md`, "utf8");
      expect(source.match(/data\/page-statistics[^"]*/g)).toEqual([`data/page-statistics/${page}.json`]);
    }
  });

  it("publish no patient id", () => {
    const ids = patients.map((p) => p.id);
    for (const page of STATISTICS_PAGES) {
      const json = pageStatisticsJson(pageStatistics(page, {patients, procedures}, null));
      expect(ids.filter((id) => json.includes(`"${id}"`))).toEqual([]);
    }
  });

  it("under MIN_CELL, publish nothing for a filter state of fewer patients, and say so", () => {
    const minCell = 30;
    const safety = published("safety", minCell);
    const sizes = {carcinoid: filterPatients(patients, {tumor: "carcinoid"}).length, noncarcinoid: filterPatients(patients, {tumor: "noncarcinoid"}).length};
    const [kept, suppressed] = sizes.carcinoid >= minCell ? (["carcinoid", "noncarcinoid"] as const) : (["noncarcinoid", "carcinoid"] as const);
    expect(sizes[suppressed]).toBeLessThan(minCell);
    expect(sizes[kept]).toBeGreaterThanOrEqual(minCell);
    expect(safety.parts.table[`tumor=${suppressed}&confLevel=0.95`]).toBeNull();
    expect(safety.parts.adjusted[`tumor=${suppressed}`]).toBeNull();
    expect(safety.parts.table[`tumor=${kept}&confLevel=0.95`]).toEqual(tables.safety.parts.table[`tumor=${kept}&confLevel=0.95`]);
    expect(readPublished(safety, SAFETY_PARTS, {tumor: suppressed, confLevel: 0.95})).toEqual({statistics: null, note: `Fewer than ${minCell} patients under these filters: no statistics are published for them (MIN_CELL = ${minCell}).`});
    // Every cohort filter state suppressed is one of fewer than MIN_CELL patients, and every such state is suppressed.
    for (const [key, value] of Object.entries(published("cohort", minCell).parts.table)) {
      const filters = Object.fromEntries(key.split("&").map((kv) => kv.split("=")));
      expect(value === null).toBe(filterPatients(patients, filters).length < minCell);
    }
    // The whole cohort's parts stand.
    expect(published("methods", minCell).parts.curves["confType=log&confLevel=0.95"]).not.toBeNull();
  });

  it("change nothing without MIN_CELL, or with MIN_CELL 1", () => {
    const nulls = (t: PageStatistics) => Object.values(t.parts).flatMap((states) => Object.values(states)).filter((v) => v === null).length;
    for (const page of STATISTICS_PAGES) {
      expect(nulls(tables[page])).toBe(0);
      expect(published(page, 1).parts).toEqual(tables[page].parts);
    }
  });

  it("publish nothing without rows, and the pages say why", () => {
    const none = pageStatistics("cohort", null, null);
    expect(none).toEqual({page: "cohort", available: false, minCell: null, parts: {}});
    expect(readPublished(none, COHORT_PARTS, {tumor: "all"}).note).toBe("These tables need patient rows at build time. This site was built from aggregates computed elsewhere, so they are not published.");
  });
});

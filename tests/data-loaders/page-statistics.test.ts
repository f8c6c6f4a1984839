import {describe, expect, it} from "vitest";
import {readdirSync, readFileSync} from "node:fs";
import {pageStatistics, pageStatisticsJson, STATISTICS_PAGES, type RowsStatisticsPage} from "../../data-loaders/page-statistics/page-statistics.js";
import {cohortFamily, cohortStatistics, COHORT_PARTS} from "../../src/lib/analysis/cohort-statistics.js";
import {filterPatients} from "../../src/lib/analysis/filter-patients.js";
import {methodsStatistics, METHODS_PARTS} from "../../src/lib/analysis/methods-statistics.js";
import {overviewStatistics, OVERVIEW_PARTS, type OverviewState} from "../../src/lib/analysis/overview-statistics.js";
import {readPublished, type PageStatistics} from "../../src/lib/analysis/published-statistics.js";
import {responseFamily, responseStatistics, RESPONSE_PARTS, type ResponseStatistics} from "../../src/lib/analysis/response-statistics.js";
import {responseTests} from "../../src/lib/analysis/response-tests.js";
import {baselineTests} from "../../src/lib/analysis/baseline-table.js";
import {proceduresOf} from "../../src/lib/analysis/filter-patients.js";
import {safetyTests} from "../../src/lib/analysis/safety-tests.js";
import type {FamilyTest, TestFamily} from "../../src/lib/analysis/test-family.js";
import {filterStates} from "../../src/lib/analysis/view-family.js";
import {formatFamilyScope} from "../../src/lib/format/test-family.js";
import {safetyFamily, safetyStatistics, SAFETY_PARTS} from "../../src/lib/analysis/safety-statistics.js";
import {trialDesignStatistics, TRIAL_DESIGN_PARTS} from "../../src/lib/analysis/trial-design-statistics.js";
import {patients, procedures} from "../analysis/reference-cohort.js";

// What a page reads: its loader's output through JSON, as the browser receives it.
const published = (page: RowsStatisticsPage, minCell: number | null): PageStatistics => JSON.parse(pageStatisticsJson(pageStatistics(page, {patients, procedures}, minCell)));
const tables = Object.fromEntries(STATISTICS_PAGES.map((page) => [page, published(page, null)])) as Record<RowsStatisticsPage, PageStatistics>;
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
    // /progression and /survival read files from the risk table (progression-page-statistics.test.ts, survival-page-statistics.test.ts).
    expect(loaders).toEqual([...STATISTICS_PAGES, "progression", "survival"].map((page) => `${page}.json.ts`).sort());
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

// Benjamini–Hochberg written out here, not the engine's: p·m/rank, then the running minimum from the largest P down.
function bh(ps: number[]): number[] {
  const order = ps.map((_, i) => i).sort((a, b) => ps[b]! - ps[a]!);
  const adjusted = new Array<number>(ps.length);
  let running = 1;
  order.forEach((i, position) => {
    running = Math.min(running, (ps[i]! * ps.length) / (ps.length - position));
    adjusted[i] = running;
  });
  return adjusted;
}

// Every distinct test of the states MIN_CELL shows, with its P, and each one's BH over them alone.
function shownTests(keys: Parameters<typeof filterStates>[0], minCell: number, testsOf: (rows: typeof patients) => readonly FamilyTest[]) {
  const ps = new Map<string, number>();
  let shown = 0;
  for (const filters of filterStates(keys)) {
    const rows = filterPatients(patients, filters);
    if (rows.length < minCell) continue;
    shown++;
    for (const test of testsOf(rows)) {
      const p = test.p();
      if (p !== null && !ps.has(test.key)) ps.set(test.key, p);
    }
  }
  const adjusted = bh([...ps.values()]);
  return {shown, adjusted: new Map([...ps.keys()].map((key, i) => [key, adjusted[i]!]))};
}

// `moved`: how many shown tests' adjustment over every view's tests differs from that over the shown ones, which the hidden tests moved.
function expectFamilyOfShownTests(family: TestFamily, expected: ReturnType<typeof shownTests>, all: TestFamily, moved: number) {
  expect(family.tests).toBe(expected.adjusted.size);
  expect(family.tests).toBeLessThan(all.tests);
  expect(family.hidden).toEqual({views: family.views - expected.shown, minCell: family.hidden?.minCell});
  for (const [key, p] of expected.adjusted) expect(family.adjusted(key)).toBeCloseTo(p, 14);
  expect([...expected.adjusted].filter(([key, p]) => Math.abs((all.adjusted(key) ?? NaN) - p) > 1e-9)).toHaveLength(moved);
}

// On the reconstruction every baseline test is adjusted to 1 either way, so none of /cohort's moves.
const MOVED = {response: 10, cohort: 0, safety: 6};

describe("under MIN_CELL", () => {
  const minCell = 25;
  const response = published("response", minCell);
  // Non-integral months, which no count can equal by chance.
  const months = patients.flatMap((p) => (p.symptom_relief === 1 && p.symptom_relief_months !== null && !Number.isInteger(p.symptom_relief_months) ? [p.symptom_relief_months] : []));
  const numbersIn = (value: unknown): number[] => (typeof value === "number" ? [value] : value !== null && typeof value === "object" ? Object.values(value).flatMap(numbersIn) : []);

  it("/response publishes no patient's months of relief, only each arm's count and mean, and the tests' P", () => {
    expect(months.length).toBeGreaterThan(20);
    // Numbers the page prints besides the months (a share of 0.5, an odds ratio) may equal one by chance; the others must go.
    const durations = (table: PageStatistics) => Object.values(table.parts.table).map((t) => (t as ResponseStatistics["table"] | null)?.duration ?? null);
    const besides = new Set(numbersIn(Object.values(tables.response.parts.table).map((t) => ({...(t as object), duration: null}))));
    const own = [...new Set(months)].filter((m) => !besides.has(m));
    expect(own.length).toBeGreaterThan(20);
    expect(own.every((m) => numbersIn(durations(tables.response)).includes(m))).toBe(true);
    expect(own.filter((m) => numbersIn(response.parts).includes(m))).toEqual([]);
    for (const [key, value] of Object.entries(response.parts.table)) {
      if (value === null) continue;
      const filters = Object.fromEntries(key.split("&").map((kv) => kv.split("="))) as {tumor: "all"; hormonal: "all"};
      const relieved = filterPatients(patients, filters).filter((p) => p.symptom_relief === 1 && p.symptom_relief_months !== null);
      const arm = (a: string) => relieved.filter((p) => p.arm === a).map((p) => p.symptom_relief_months as number);
      const duration = (value as ResponseStatistics["table"]).duration;
      expect(Object.keys(duration).sort()).toEqual(["note", "rank", "t", "withheld"]);
      if (!("withheld" in duration)) throw new Error(`${key}: months of relief published per patient`);
      for (const [name, months] of [["chemo", arm("chemoembolization")], ["bland", arm("bland")]] as const) {
        const shown = duration.withheld[name];
        expect(shown.n).toBe(months.length);
        // A mean over fewer than MIN_CELL patients comes too close to their own values.
        if (months.length < minCell) expect(shown.mean).toBeNull();
        else expect(shown.mean).toBeCloseTo(months.reduce((a, b) => a + b, 0) / months.length, 12);
      }
      expect(Object.keys(duration.t ?? {p: 0})).toEqual(["p"]);
      expect(Object.keys(duration.rank ?? {p: 0})).toEqual(["p"]);
    }
    // Everything else the page prints is unchanged.
    const full = tables.response.parts.table["tumor=all&hormonal=all&confLevel=0.95"] as ResponseStatistics["table"];
    const small = response.parts.table["tumor=all&hormonal=all&confLevel=0.95"] as ResponseStatistics["table"];
    expect({...small, duration: null}).toEqual({...full, duration: null});
    expect(small.duration.t).toEqual({p: full.duration.t!.p});
    expect(small.duration.rank).toEqual({p: full.duration.rank!.p});
  });

  it("adjusts each shown P over the tests of the shown views alone, and the page says over how many", () => {
    const expected = shownTests(["tumor", "hormonal"], minCell, (rows) => Object.values(responseTests(rows).tests));
    expectFamilyOfShownTests(responseFamily(patients, minCell), expected, responseFamily(patients), MOVED.response);
    const family = response.parts.family["" as string] as ResponseStatistics["family"];
    expect(family).toEqual({views: 9, tests: expected.adjusted.size, hidden: {views: 9 - expected.shown, minCell}});
    const state = {tumor: "carcinoid", hormonal: "all", confLevel: 0.95} as const;
    const shown = statistics(readPublished<ResponseStatistics>(response, RESPONSE_PARTS, state));
    const tests = responseTests(filterPatients(patients, state)).tests;
    expect(shown.adjusted.regression).toBeCloseTo(expected.adjusted.get(tests.regression.key)!, 14);
    expect(formatFamilyScope(family)).toBe(`The filters on this page show 9 views; ${9 - expected.shown} of them hold fewer than ${minCell} patients and are withheld (MIN_CELL = ${minCell}). Beside each P value is its adjustment for the ${expected.adjusted.size} distinct tests of the ${expected.shown} views shown, not for the withheld ones (Benjamini–Hochberg, R's p.adjust(p, "BH")): a nominal P below 0.05 in one subgroup is expected by chance alone.`);
  });

  it("/cohort and /safety adjust over the tests of the shown views alone too", () => {
    expectFamilyOfShownTests(cohortFamily(patients, minCell), shownTests(["tumor", "hormonal", "extrahepatic"], minCell, (rows) => baselineTests(rows)), cohortFamily(patients), MOVED.cohort);
    const cohort = published("cohort", minCell);
    expect(cohort.parts.family[""]).toEqual({views: 27, tests: cohortFamily(patients, minCell).tests, hidden: {views: 20, minCell}});
    // Only the non-carcinoid state falls below 30 patients on /safety.
    const safety = shownTests(["tumor"], 30, (rows) => Object.values(safetyTests(rows, proceduresOf(procedures, rows)).tests));
    expect(safety.shown).toBe(2);
    expectFamilyOfShownTests(safetyFamily(patients, procedures, 30), safety, safetyFamily(patients, procedures), MOVED.safety);
    expect(published("safety", 30).parts.family[""]).toMatchObject({views: 3, hidden: {views: 1, minCell: 30}});
  });

  it("change no family and no months without it, nor where it hides nothing", () => {
    expect(responseFamily(patients, 1).hidden).toBeUndefined();
    expect(tables.response.parts.family[""]).toEqual({views: 9, tests: responseFamily(patients).tests});
    expect(Object.keys((tables.response.parts.table["tumor=all&hormonal=all&confLevel=0.95"] as ResponseStatistics["table"]).duration).sort()).toEqual(["bland", "chemo", "note", "rank", "t"]);
  });
});

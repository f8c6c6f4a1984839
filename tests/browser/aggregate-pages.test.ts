// /progression and /survival show the same numbers whether they compute from
// the patient rows or from the published risk table (?data=aggregates): for
// several filter, grouping, endpoint and test states, the text of the test
// lines, populations, landmark tables, effect estimates, multiplicity lines,
// interaction tests, the analyses side by side, the numbers behind each chart
// and its risk table are identical in both modes. The aggregate mode says it
// shows counts, offers only the risk table's columns and no patient rows.
import type {Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {builtSite} from "./built-site.js";
import {drawEveryChart, settle} from "./page-session.js";
import {formControl} from "./form-control.js";
import {DEFAULT_CONVENTIONS, DEFAULT_TEST} from "../../src/lib/analysis/conventions.js";
import type {PageStatistics} from "../../src/lib/analysis/published-statistics.js";
import {publishedSurvival} from "../../src/lib/analysis/survival-statistics.js";
import {formatAnalysedPopulation} from "../../src/lib/format/analysed-population.js";
import {formatComparisonP} from "../../src/lib/format/p-value.js";
import {ON_PAGE} from "./on-page.js";

const site = builtSite();

/** Everything on the page that carries a number, in document order. */
const NUMBERS = [
  ".test-result", ".population", ".suppressed", ".immortal-time", ".conditional", ".risk-sets", ".landmark-table", ".multiplicity",
  ".effect-estimates", ".interaction", "[data-testid=interaction]", "[data-testid=analyses] table", ".km-chart-numbers table", ".km-risk-table"
];

/** Each element's text, labelled by the selector it matched. */
async function numbers(page: Page): Promise<string[]> {
  return page.locator("main").locator(NUMBERS.map((s) => `${s}${ON_PAGE}`).join(", ")).evaluateAll((nodes, selectors) => nodes.map((n) => `${selectors.find((s) => n.matches(s))}: ${(n.textContent ?? "").replace(/\s+/g, " ").trim()}`), NUMBERS);
}

async function shown(path: string, query: string) {
  const {page, pageErrors} = await site.open(`${path}?${query}`);
  const result = {
    numbers: await numbers(page),
    notice: await page.locator("[data-testid=aggregate-mode]").count(),
    groupings: await page.locator("form").filter({has: page.locator("label", {hasText: /^Compare$/})}).locator("option").allTextContents(),
    rowsDownload: await page.getByRole("button", {name: "Patients CSV"}).count(),
    pageErrors
  };
  await page.context().close();
  return result;
}

const STATES: Record<string, string[]> = {
  "/progression": ["", "endpoint=tttf&tumor=carcinoid", "compare=primary_tumor&test=peto-peto", "compare=hormonal&strata=tumor&landmarks=3,9&tau=20", "tumor=noncarcinoid&test=g-rho&rho=0.5"],
  "/survival": [
    "",
    "origin=os_diagnosis&compare=tumor",
    "origin=os_liver_metastases&analysis=conditional&hormonal=active",
    "origin=os_diagnosis&analysis=naive&extrahepatic=absent&compare=hormonal&tau=30",
    "test=g-rho&rho=0.5&strata=hormonal&tumor=noncarcinoid",
    "compare=primary_tumor&extrahepatic=present"
  ]
};

describe.each(Object.keys(STATES))("%s from rows and from the risk table", (path) => {
  it.each(STATES[path])("shows the same numbers under ?%s", async (query) => {
    const rows = await shown(path, query);
    const aggregates = await shown(path, `${query}&data=aggregates`);
    expect(rows.pageErrors).toEqual([]);
    expect(aggregates.pageErrors).toEqual([]);
    if (process.env.SHOW_NUMBERS) console.log(rows.numbers.join("\n"));
    // Enough of the page is compared: the test line, the landmark table and the chart's numbers at least.
    for (const part of [".test-result", ".population", ".landmark-table", ".multiplicity", ".km-chart-numbers table", ".km-risk-table"]) {
      expect(rows.numbers.some((n) => n.startsWith(`${part}: `) && /\d/.test(n)), part).toBe(true);
    }
    expect(aggregates.numbers).toEqual(rows.numbers);
    expect([rows.notice, aggregates.notice]).toEqual([0, 1]);
  }, 180_000);

  it("offers the risk table's groupings only, and no patient rows, in aggregate mode", async () => {
    const rows = await shown(path, "");
    const aggregates = await shown(path, "data=aggregates");
    expect(rows.groupings.length).toBeGreaterThan(5);
    expect(aggregates.groupings).toEqual(["Treatment arms", "Tumour types", "Primary tumour (five types)", "Hormonal activity", "Extrahepatic disease"]);
    expect(rows.rowsDownload).toBeGreaterThan(0);
    expect(aggregates.rowsDownload).toBe(0);
  }, 180_000);
});

describe("/progression in aggregate mode", () => {
  it("reads its default view from the build's statistics without the risk table, and computes another view from the risk table, as rows mode does", async () => {
    const {page, pageErrors} = await site.open("/progression?data=aggregates");
    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(new URL("/progression?data=aggregates&tumor=carcinoid", site.origin).href, {waitUntil: "networkidle"});
    await settle(page);
    expect(await page.getByTestId("arm-p").innerText()).toMatch(/\d/);
    expect(requested.filter((p) => /\/data\/page-statistics\/progression\.[0-9a-f]+\.json$/.test(p))).toHaveLength(1);
    expect(requested.filter((p) => /\/_file\/data\/(risk-table|patients)[^/]*$/.test(p))).toEqual([]);
    // Another grouping is no view the build published: the page fetches the risk table and computes it.
    const compare = page.locator("form").filter({has: page.locator("label", {hasText: /^Compare$/})}).locator("select");
    await compare.selectOption({label: "Hormonal activity"});
    await page.waitForFunction(() => new URLSearchParams(location.search).get("compare") === "hormonal");
    await settle(page);
    expect(requested.filter((p) => /\/data\/risk-table\.[0-9a-f]+\.json$/.test(p))).toHaveLength(1);
    await drawEveryChart(page);
    const computed = await numbers(page);
    expect(pageErrors).toEqual([]);
    await page.context().close();
    const rows = await shown("/progression", "tumor=carcinoid&compare=hormonal");
    expect(computed.filter((n) => n.startsWith(".multiplicity: Grouping by ")).join()).toMatch(/is exploratory/);
    expect(computed).toEqual(rows.numbers);
  }, 180_000);
});

describe("/survival in aggregate mode", () => {
  it("reads its default view from the build's statistics without the risk table, and computes another view from the risk table once, as rows mode does", async () => {
    const {page, pageErrors} = await site.open("/survival?data=aggregates");
    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    const filters = {tumor: "carcinoid", extrahepatic: "absent"} as const;
    await page.goto(new URL("/survival?data=aggregates&tumor=carcinoid&extrahepatic=absent", site.origin).href, {waitUntil: "networkidle"});
    await settle(page);
    const statisticsFiles = requested.filter((p) => /\/data\/page-statistics\/survival\.[0-9a-f]+\.json$/.test(p));
    expect(statisticsFiles).toHaveLength(1);
    expect(requested.filter((p) => /\/_file\/data\/(risk-table|patients)[^/]*$/.test(p))).toEqual([]);
    // The page shows what the build published for this state.
    const file = (await (await fetch(new URL(statisticsFiles[0], site.origin))).json()) as PageStatistics;
    const published = publishedSurvival(file, filters).view({filters, origin: "os_embolization", groupBy: "arm", conventions: DEFAULT_CONVENTIONS, testChoice: DEFAULT_TEST, landmarks: null, tau: undefined})!;
    const [{comparison}] = published.analyses;
    expect(comparison.test).not.toBeNull();
    expect((await page.locator(".test-result").first().innerText()).replace(/\s+/g, " ")).toContain(formatComparisonP(comparison));
    expect((await page.getByTestId("population").innerText()).replace(/\s+/g, " ")).toBe(formatAnalysedPopulation(published.population));
    const defaults = await numbers(page);
    expect(defaults).toEqual((await shown("/survival", "tumor=carcinoid&extrahepatic=absent")).numbers);
    // Another origin, then another grouping, is no view the build published: the page fetches the risk table once and computes them.
    await formControl(page, "Measured from").getByRole("radio", {name: "Diagnosis", exact: true}).check();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("origin") === "os_diagnosis");
    await settle(page);
    const compare = page.locator("form").filter({has: page.locator("label", {hasText: /^Compare$/})}).locator("select");
    await compare.selectOption({label: "Hormonal activity"});
    await page.waitForFunction(() => new URLSearchParams(location.search).get("compare") === "hormonal");
    await settle(page);
    expect(requested.filter((p) => /\/data\/risk-table\.[0-9a-f]+\.json$/.test(p))).toHaveLength(1);
    expect(requested.filter((p) => /\/_file\/data\/patients[^/]*$/.test(p))).toEqual([]);
    const computed = await numbers(page);
    expect(pageErrors).toEqual([]);
    await page.context().close();
    const rows = await shown("/survival", "tumor=carcinoid&extrahepatic=absent&origin=os_diagnosis&compare=hormonal");
    expect(computed.filter((n) => n.startsWith(".multiplicity: Grouping by ")).join()).toMatch(/is exploratory/);
    expect(computed).not.toEqual(defaults);
    expect(computed).toEqual(rows.numbers);
  }, 180_000);
});

describe("/explore in aggregate mode", () => {
  it("reads no patient rows, analyses the built-in cohort from counts, and still analyses the reader's own file", async () => {
    const {page, pageErrors} = await site.open("/explore?data=aggregates");
    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    // A fresh visit: the page has since rewritten its address to the analysis alone.
    await page.goto(new URL("/explore?data=aggregates", page.url()).href);
    await page.waitForSelector("[data-testid=aggregate-mode]");
    expect(await page.getByTestId("aggregate-mode").innerText()).toMatch(/^These numbers come from counts, not patients/);
    expect(await page.getByTestId("explore-population").innerText()).toBe("67 of 67 patients kept; 67 analysed.");
    expect(requested.filter((p) => /patients[^/]*\.csv$/.test(p))).toEqual([]);
    await page.waitForSelector("[data-testid=csv-input]:not([disabled])");
    await page.getByTestId("csv-input").setInputFiles({name: "own.csv", mimeType: "text/csv", buffer: Buffer.from("time,event\n1,1\n2,0\n3,1\n")});
    await page.waitForFunction(() => document.querySelector("[data-testid=csv-status]")?.textContent === "3 rows analysed.");
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it("shows the cohort's rows and no such note from rows", async () => {
    const {page, pageErrors} = await site.open("/explore");
    await page.waitForSelector("[data-testid=explore-population]");
    expect(await page.getByTestId("aggregate-mode").count()).toBe(0);
    expect(await page.getByTestId("explore-population").innerText()).toMatch(/^67 of 67 patients kept/);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 120_000);
});

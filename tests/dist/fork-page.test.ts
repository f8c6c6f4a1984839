// "Fork this analysis" end to end: the Markdown /explore gives for a view,
// saved as a page in src/, builds, and the built page shows the engine's
// numbers for that view of the built-in cohort, from the patient rows and, on
// a view of the risk table's columns, from the counts (?data=aggregates) alike.
import {spawnSync} from "node:child_process";
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, expect, it} from "vitest";
import {serveDist} from "../../scripts/serve-dist.js";
import {exploreComparison} from "../../src/lib/analysis/explore-comparison.js";
import {exploreCox} from "../../src/lib/analysis/explore-cox.js";
import {applyFilters, parseFilters} from "../../src/lib/analysis/explore-filters.js";
import {DEFAULT_SPEC, specQuery, type ExploreSpec} from "../../src/lib/analysis/explore-spec.js";
import {forkPage} from "../../src/lib/analysis/fork-page.js";
import {formatRatioInterval} from "../../src/lib/format/interval.js";
import {formatLabelledP} from "../../src/lib/format/p-value.js";
import {launchChromium} from "../browser/chromium.js";
import {distPatients} from "../browser/dist-cohort.js";
import {openPage} from "../browser/page-session.js";

const PAGE = "src/forked-view-check.md";
const spec = {...DEFAULT_SPEC, endpoint: "ttp" as const, group: "hormonally_active", covariates: ["age_at_diagnosis"], filter: "age_at_diagnosis >= 40", subgroups: ["sex"]};
const COUNTS_PAGE = "src/forked-counts-check.md";
const countsSpec = {...DEFAULT_SPEC, endpoint: "os_diagnosis" as const, group: "tumor_type", covariates: ["arm", "hormonally_active"], filter: "extrahepatic_disease = 0"};
const output = mkdtempSync(join(tmpdir(), "site-fork-"));
let build: {status: number | null; log: string};

beforeAll(() => {
  writeFileSync(PAGE, forkPage(spec));
  writeFileSync(COUNTS_PAGE, forkPage(countsSpec));
  try {
    const result = spawnSync("npm", ["run", "build"], {encoding: "utf8", env: {...process.env, SITE_OUTPUT: output}});
    build = {status: result.status, log: result.stdout + result.stderr};
  } finally {
    rmSync(PAGE);
    rmSync(COUNTS_PAGE);
  }
}, 600_000);
afterAll(() => rmSync(output, {recursive: true, force: true}));

/** What the forked page of `view` must show: the engine's test line and Cox terms on the published cohort. */
function engineView(view: ExploreSpec): {test: string; cox: string[] | null} {
  const patients = applyFilters(distPatients(output), parseFilters(view.filter));
  const grouping = {column: view.group, cut: view.cut, at: view.at};
  const comparison = exploreComparison(patients, {endpoint: view.endpoint, grouping});
  const {fit, labels} = exploreCox(patients, {endpoint: view.endpoint, grouping, covariates: view.covariates});
  return {
    test: comparison.test ? formatLabelledP(comparison.test.p, `${comparison.testName}, ${comparison.test.df} df`) : comparison.note!,
    cox: fit ? labels.map((label, k) => `${label}: ${formatRatioInterval(fit.hr[k], fit.lower[k], fit.upper[k], 0.95)}, ${formatLabelledP(fit.p[k], "Wald")}`) : null
  };
}

/** The built page at `path` shows `expected`, with no error. */
async function expectForkedPage(browser: Browser, url: string, path: string, expected: ReturnType<typeof engineView>): Promise<void> {
  const {page, pageErrors} = await openPage(browser, url, path);
  expect((await page.getByTestId("fork-test").innerText()).trim(), path).toBe(expected.test);
  if (expected.cox) expect(await page.getByTestId("fork-cox").locator("li").allInnerTexts(), path).toEqual(expected.cox);
  expect(pageErrors).toEqual([]);
}

/** The button on /explore, under `query`, gives exactly the page forkPage writes for `view`. */
async function expectForkButton(browser: Browser, url: string, view: ExploreSpec, query: string): Promise<void> {
  const explore = await openPage(browser, url, `/explore?${query}`);
  await explore.page.getByTestId("fork-button").click();
  expect(await explore.page.getByTestId("fork-markdown").inputValue()).toBe(forkPage(view));
  expect(explore.pageErrors).toEqual([]);
}

async function withSite(check: (browser: Browser, url: string) => Promise<void>): Promise<void> {
  const {server, url} = await serveDist(output);
  const browser = await launchChromium();
  try {
    await check(browser, url);
  } finally {
    await browser.close();
    server.close();
  }
}

it("builds a page forked from /explore that shows the engine's test and Cox model for that view", async () => {
  expect(build.status, build.log.slice(-2000)).toBe(0);
  expect(existsSync(join(output, "forked-view-check.html"))).toBe(true);
  expect(readFileSync(join(output, "forked-view-check.html"), "utf8")).toContain("Time to progression by hormonally active");
  await withSite(async (browser, url) => {
    await expectForkedPage(browser, url, "/forked-view-check", engineView(spec));
    await expectForkButton(browser, url, spec, specQuery(spec));
  });
}, 120_000);

it("builds a forked view of the risk table's columns that shows the same numbers from counts as from rows", async () => {
  expect(build.status, build.log.slice(-2000)).toBe(0);
  const expected = engineView(countsSpec);
  expect(expected.cox).not.toBeNull();
  expect(expected.test).toMatch(/^P [=<] /);
  await withSite(async (browser, url) => {
    for (const query of ["", "?data=aggregates"]) await expectForkedPage(browser, url, `/forked-counts-check${query}`, expected);
    // /explore from counts gives this page for this view, as from rows.
    await expectForkButton(browser, url, countsSpec, `${specQuery(countsSpec)}&data=aggregates`);
  });
}, 120_000);

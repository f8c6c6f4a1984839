// "Fork this analysis" end to end: the Markdown /explore gives for a view,
// saved as a page in src/, builds, and the built page shows the engine's
// numbers for that view of the built-in cohort, from the patient rows and, on
// a view of the risk table's columns, from the counts (?data=aggregates) alike.
import {spawnSync} from "node:child_process";
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, expect, it} from "vitest";
import {serveDist} from "../../scripts/serve-dist.js";
import {exploreComparison} from "../../src/lib/analysis/explore-comparison.js";
import {exploreCox} from "../../src/lib/analysis/explore-cox.js";
import {applyFilters, parseFilters} from "../../src/lib/analysis/explore-filters.js";
import {DEFAULT_SPEC, specQuery} from "../../src/lib/analysis/explore-spec.js";
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

it("builds a page forked from /explore that shows the engine's test and Cox model for that view", async () => {
  expect(build.status, build.log.slice(-2000)).toBe(0);
  expect(existsSync(join(output, "forked-view-check.html"))).toBe(true);
  expect(readFileSync(join(output, "forked-view-check.html"), "utf8")).toContain("Time to progression by hormonally active");
  const patients = applyFilters(distPatients(output), parseFilters(spec.filter));
  const grouping = {column: spec.group, cut: spec.cut, at: spec.at};
  const comparison = exploreComparison(patients, {endpoint: spec.endpoint, grouping});
  const cox = exploreCox(patients, {endpoint: spec.endpoint, grouping, covariates: spec.covariates});
  const {server, url} = await serveDist(output);
  const browser = await launchChromium();
  try {
    const {page, pageErrors} = await openPage(browser, url, "/forked-view-check");
    expect((await page.getByTestId("fork-test").innerText()).trim()).toBe(comparison.test ? formatLabelledP(comparison.test.p, `${comparison.testName}, ${comparison.test.df} df`) : comparison.note);
    if (cox.fit) {
      expect(await page.getByTestId("fork-cox").locator("li").allInnerTexts()).toEqual(cox.labels.map((label, k) => `${label}: ${formatRatioInterval(cox.fit!.hr[k], cox.fit!.lower[k], cox.fit!.upper[k], 0.95)}, ${formatLabelledP(cox.fit!.p[k], "Wald")}`));
    }
    expect(pageErrors).toEqual([]);
    // The button on /explore gives exactly this page for this view.
    const explore = await openPage(browser, url, `/explore?${specQuery(spec)}`);
    await explore.page.getByTestId("fork-button").click();
    expect(await explore.page.getByTestId("fork-markdown").inputValue()).toBe(forkPage(spec));
    expect(explore.pageErrors).toEqual([]);
  } finally {
    await browser.close();
    server.close();
  }
}, 120_000);

it("builds a forked view of the risk table's columns that shows the same numbers from counts as from rows", async () => {
  expect(build.status, build.log.slice(-2000)).toBe(0);
  const patients = applyFilters(distPatients(output), parseFilters(countsSpec.filter));
  const grouping = {column: countsSpec.group};
  const comparison = exploreComparison(patients, {endpoint: countsSpec.endpoint, grouping});
  const cox = exploreCox(patients, {endpoint: countsSpec.endpoint, grouping, covariates: countsSpec.covariates});
  expect(comparison.test).not.toBeNull();
  const {server, url} = await serveDist(output);
  const browser = await launchChromium();
  try {
    for (const query of ["", "?data=aggregates"]) {
      const {page, pageErrors} = await openPage(browser, url, `/forked-counts-check${query}`);
      expect((await page.getByTestId("fork-test").innerText()).trim(), query).toBe(formatLabelledP(comparison.test!.p, `${comparison.testName}, ${comparison.test!.df} df`));
      expect(await page.getByTestId("fork-cox").locator("li").allInnerTexts(), query).toEqual(cox.labels.map((label, k) => `${label}: ${formatRatioInterval(cox.fit!.hr[k], cox.fit!.lower[k], cox.fit!.upper[k], 0.95)}, ${formatLabelledP(cox.fit!.p[k], "Wald")}`));
      expect(pageErrors).toEqual([]);
    }
    // /explore from counts gives this page for this view, as from rows.
    const explore = await openPage(browser, url, `/explore?${specQuery(countsSpec)}&data=aggregates`);
    await explore.page.getByTestId("fork-button").click();
    expect(await explore.page.getByTestId("fork-markdown").inputValue()).toBe(forkPage(countsSpec));
    expect(explore.pageErrors).toEqual([]);
  } finally {
    await browser.close();
    server.close();
  }
}, 120_000);

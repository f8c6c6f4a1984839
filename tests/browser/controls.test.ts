// Each control changes the curves, the landmark table and the P value to what
// the engine computes for the chosen subgroup.
import type {Server} from "node:http";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {serveDist} from "../../scripts/serve-dist.js";
import {compareSurvival, type GroupBy, type SurvivalComparison} from "../../src/lib/analysis/compare-survival.js";
import type {EndpointId} from "../../src/lib/analysis/endpoints.js";
import {filterPatients, type PatientFilters} from "../../src/lib/analysis/filter-patients.js";
import type {PatientRow} from "../../src/lib/analysis/patient-row.js";
import {formatLabelledP} from "../../src/lib/format/p-value.js";
import {launchChromium} from "./chromium.js";
import {distPatients} from "./dist-cohort.js";
import {openPage, settle} from "./page-session.js";

let browser: Browser;
let server: Server;
let origin: string;
let patients: PatientRow[];

beforeAll(async () => {
  patients = distPatients();
  ({server, url: origin} = await serveDist("dist"));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Checks the radio `option` of the control labelled `control`. */
async function choose(page: Page, control: string, option: string): Promise<void> {
  const form = page.locator("form:not(:has(form))").filter({has: page.getByText(control, {exact: true})});
  await form.getByRole("radio", {name: option, exact: true}).check();
  await settle(page);
}

const percent = (x: number | null) => (x === null ? "—" : `${(100 * x).toFixed(0)}%`);

/** What the first survival card shows: its P line, landmark rates and the numbers behind the chart. */
async function shown(page: Page) {
  const card = page.locator(".card", {has: page.locator(".landmark-table")}).first();
  return {
    p: (await card.locator(".test-result").first().textContent())?.trim(),
    rates: await card.locator(".landmark-table tbody tr").evaluateAll((rows) =>
      rows.map((tr) => [(tr as HTMLElement).dataset.group, ...Array.from(tr.querySelectorAll("td[data-time] .rate, td:not([data-time]):not(.median)")).map((td) => td.textContent)])
    ),
    numbers: await card.locator(".km-chart-numbers tbody tr").evaluateAll((rows) => rows.map((tr) => Array.from(tr.children).map((c) => c.textContent)))
  };
}

function expected(comparison: SurvivalComparison) {
  const times = [...new Set(comparison.landmarks.map((r) => r.time))];
  return {
    p: comparison.test ? formatLabelledP(comparison.test.p, "log-rank") : comparison.note,
    rates: comparison.curves.map((c) => [
      c.group,
      String(c.n),
      ...times.map((t) => {
        const row = comparison.landmarks.find((r) => r.group === c.group && r.time === t);
        return row && row.surv !== null ? percent(row.surv) : "—";
      })
    ]),
    drawn: comparison.curves.filter((c) => c.fit && c.n > 0).map((c) => [c.label, String(c.n)])
  };
}

async function expectPage(page: Page, filters: Partial<PatientFilters>, endpoint: EndpointId, groupBy: GroupBy) {
  const want = expected(compareSurvival(filterPatients(patients, filters), {endpoint, groupBy}));
  await expect.poll(async () => (await shown(page)).p).toBe(want.p);
  const got = await shown(page);
  expect(got.rates).toEqual(want.rates);
  expect(got.numbers.map((row) => row.slice(0, 2))).toEqual(want.drawn);
}

describe("/progression", () => {
  it("follows the tumour-type and endpoint controls", async () => {
    const {page, pageErrors} = await openPage(browser, origin, "/progression");
    await expectPage(page, {}, "ttp", "arm");
    for (const [option, tumor] of [["Carcinoid", "carcinoid"], ["Noncarcinoid", "noncarcinoid"], ["All", "all"]] as const) {
      await choose(page, "Tumour type", option);
      await expectPage(page, {tumor}, "ttp", "arm");
      expect(page.url()).toContain(tumor === "all" ? "/progression" : `tumor=${tumor}`);
    }
    await choose(page, "Endpoint", "Time to treatment failure");
    await expectPage(page, {}, "tttf", "arm");
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("restores its filters from the URL", async () => {
    const {page} = await openPage(browser, origin, "/progression?tumor=carcinoid&endpoint=tttf");
    await expectPage(page, {tumor: "carcinoid"}, "tttf", "arm");
    await page.context().close();
  });
});

describe("/survival", () => {
  it("follows the origin, comparison and subgroup controls", async () => {
    const {page, pageErrors} = await openPage(browser, origin, "/survival");
    await expectPage(page, {}, "os_embolization", "arm");
    await choose(page, "Measured from", "Diagnosis");
    await expectPage(page, {}, "os_diagnosis", "arm");
    await choose(page, "Compare", "Tumour types");
    await expectPage(page, {}, "os_diagnosis", "tumor");
    await choose(page, "Measured from", "Liver metastases");
    await expectPage(page, {}, "os_liver_metastases", "tumor");
    await choose(page, "Hormonal activity", "Active");
    await expectPage(page, {hormonal: "active"}, "os_liver_metastases", "tumor");
    await choose(page, "Extrahepatic disease", "Absent");
    await expectPage(page, {hormonal: "active", extrahepatic: "absent"}, "os_liver_metastases", "tumor");
    await choose(page, "Compare", "Treatment arms");
    await choose(page, "Tumour type", "Carcinoid");
    await expectPage(page, {tumor: "carcinoid", hormonal: "active", extrahepatic: "absent"}, "os_liver_metastases", "arm");
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("says so instead of drawing when a filter leaves an arm empty", async () => {
    const tumor = "noncarcinoid";
    const subset = filterPatients(patients, {tumor, hormonal: "inactive", extrahepatic: "present"});
    const {page, pageErrors} = await openPage(browser, origin, "/survival?tumor=noncarcinoid&hormonal=inactive&extrahepatic=present&compare=arm");
    await expectPage(page, {tumor, hormonal: "inactive", extrahepatic: "present"}, "os_embolization", "arm");
    expect(await page.locator("text=NaN").count()).toBe(0);
    if (new Set(subset.map((p) => p.arm)).size < 2) expect(await page.locator(".km-chart-notice").count()).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});

describe("/ (overview)", () => {
  it("updates the headline TTP chart with the tumour-type control", async () => {
    const {page, pageErrors} = await openPage(browser, origin, "/");
    for (const [option, tumor] of [["Carcinoid", "carcinoid"], ["Noncarcinoid", "noncarcinoid"]] as const) {
      await choose(page, "Tumour type", option);
      const comparison = compareSurvival(filterPatients(patients, {tumor}), {endpoint: "ttp", groupBy: "arm"});
      const want = comparison.test ? formatLabelledP(comparison.test.p, "log-rank") : comparison.note;
      await expect.poll(async () => (await page.locator(".card .test-result").first().textContent())?.trim()).toBe(want);
    }
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});

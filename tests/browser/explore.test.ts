// /explore: what the page shows equals the engine on the published cohort for
// the analysis its address describes; a control change rewrites the address;
// the small-group rule holds; a bad filter says why.
import type {Page} from "playwright-core";
import {beforeAll, describe, expect, it} from "vitest";
import {exploreComparison} from "../../src/lib/analysis/explore-comparison.js";
import {exploreCox} from "../../src/lib/analysis/explore-cox.js";
import {applyFilters, parseFilters} from "../../src/lib/analysis/explore-filters.js";
import type {PatientRow} from "../../src/lib/analysis/patient-row.js";
import {subgroupForest} from "../../src/lib/analysis/subgroup-forest.js";
import {formatLabelledP, formatPValue} from "../../src/lib/format/p-value.js";
import {builtSite} from "./built-site.js";
import {distPatients} from "./dist-cohort.js";
import {settle} from "./page-session.js";

const site = builtSite();
let patients: PatientRow[];

beforeAll(() => {
  patients = distPatients();
});

const text = (page: Page, testId: string) => page.getByTestId(testId).innerText();

/** P values shown with a group under 5 behind them: none may be a number. */
async function smallGroupBreaches(page: Page): Promise<string[]> {
  return page.$$eval(".p-value", (marks) => marks.filter((m) => Number((m as HTMLElement).dataset.minGroup) < 5 && /P\s*[=<>]\s*0\.\d|^\s*[<>]?\s*0\.\d/.test(m.textContent ?? "")).map((m) => m.textContent ?? ""));
}

describe("/explore", () => {
  it("shows the engine's log-rank test, Cox model and subgroup interactions for the default view", async () => {
    const {page, pageErrors, foreignRequests} = await site.open("/explore");
    const comparison = exploreComparison(patients, {endpoint: "os_embolization", grouping: {column: "arm"}});
    expect((await text(page, "explore-test")).trim()).toBe(formatLabelledP(comparison.test!.p, `log-rank, ${comparison.test!.df} df`));
    // The figure carries its test too, so a downloaded copy keeps it.
    expect(await page.getByTestId("explore-curves").locator(".km-annotation").textContent()).toContain(formatLabelledP(comparison.test!.p, "log-rank"));
    const forest = subgroupForest(patients, {endpoint: "os_embolization", subgroups: ["tumor_type", "hormonally_active", "extrahepatic_disease"]});
    const interactions = await page.getByTestId("explore-interactions").locator("li").allInnerTexts();
    expect(interactions).toEqual(forest.interactions.map((i) => `${i.label}: ${i.test ? formatLabelledP(i.test.p, `Wald test of the arm × ${i.label.toLowerCase()} interaction, ${i.test.df} df`) : `${i.note}.`}`));
    expect(await page.getByTestId("explore-forest").locator(".forest-plot svg").count()).toBe(1);
    const cox = exploreCox(patients, {endpoint: "os_embolization", grouping: {column: "arm"}, covariates: []});
    const coxRow = await page.getByTestId("explore-cox").locator("tbody tr").first().locator("th, td").allInnerTexts();
    expect(coxRow[0]).toBe("Chemoembolization vs bland embolization");
    expect(coxRow[1]).toBe(cox.fit!.coef[0]!.toFixed(3));
    expect(coxRow[4]).toBe(formatPValue(cox.fit!.p[0]));
    expect(await smallGroupBreaches(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  }, 120_000);

  it("restores an analysis from its address: age tertiles with pairwise Benjamini–Hochberg tests and an adjusted Cox model", async () => {
    const {page, pageErrors} = await site.open("/explore?endpoint=ttp&group=age_at_diagnosis&cut=tertiles&covariates=hormonally_active&subgroups=sex&filter=extrahepatic_disease+%3D+0");
    const subset = applyFilters(patients, parseFilters("extrahepatic_disease = 0"));
    const comparison = exploreComparison(subset, {endpoint: "ttp", grouping: {column: "age_at_diagnosis", cut: "tertiles"}});
    expect(comparison.curves).toHaveLength(3);
    expect(await text(page, "explore-population")).toMatch(new RegExp(`^${subset.length} of ${patients.length} patients kept by 1 condition`));
    const test = (await text(page, "explore-test")).trim();
    expect(test).toBe(comparison.test ? formatLabelledP(comparison.test.p, `log-rank, ${comparison.test.df} df`) : comparison.note);
    const pairs = await page.getByTestId("explore-curves").locator("table.stat-table tbody tr").evaluateAll((rows) => rows.map((r) => Array.from(r.children).map((c) => c.textContent)));
    expect(pairs.map((r) => r.slice(1))).toEqual(comparison.pairwise.map((p) => [p.p === null ? "" : formatPValue(p.p), p.adjusted === null ? "" : formatPValue(p.adjusted)]));
    const cox = exploreCox(subset, {endpoint: "ttp", grouping: {column: "age_at_diagnosis", cut: "tertiles"}, covariates: ["hormonally_active"]});
    const terms = await page.getByTestId("explore-cox").locator("tbody th").allInnerTexts();
    if (cox.fit) expect(terms).toEqual(cox.labels);
    else expect(await text(page, "explore-cox")).toContain(cox.note);
    expect(await smallGroupBreaches(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it("keeps the charts' settings in the address beside the view's, through a change of view and a reload", async () => {
    const {page, pageErrors} = await site.open("/explore?yscale=incidence&xunit=years&bands=0&endpoint=ttp");
    const chart = page.locator(".km-chart").first();
    const settings = () => {
      const query = new URL(page.url()).searchParams;
      return ["yscale", "xunit", "bands"].map((key) => query.get(key));
    };
    expect(settings()).toEqual(["incidence", "years", "0"]);
    await page.getByLabel("Endpoint").selectOption({label: "Time to treatment failure"});
    await page.waitForFunction(() => new URLSearchParams(location.search).get("endpoint") === "tttf");
    await settle(page);
    for (const round of ["after a change of view", "after a reload"]) {
      expect(settings(), round).toEqual(["incidence", "years", "0"]);
      expect(await chart.locator("[aria-label='y-axis label']").textContent(), round).toMatch(/1 − S\(t\)/);
      expect(await chart.locator("[aria-label='x-axis label']").textContent(), round).toMatch(/Years/);
      expect(await chart.getByLabel("95% confidence bands").isChecked(), round).toBe(false);
      await page.reload({waitUntil: "networkidle"});
      await settle(page);
    }
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it("writes each change into the address, and says why a filter is not applied", async () => {
    const {page, pageErrors} = await site.open("/explore");
    await page.getByLabel("Endpoint").selectOption({label: "Time to progression"});
    await page.waitForFunction(() => new URLSearchParams(location.search).get("endpoint") === "ttp");
    await settle(page);
    expect(await text(page, "explore-curves")).toMatch(/^Time to progression, by treatment arm/);
    await page.getByLabel("Keep patients with").fill("age_at_diagnosis <= old");
    await page.getByTestId("filter-error").waitFor();
    expect(new URLSearchParams(new URL(page.url()).search).get("filter")).toBe("age_at_diagnosis <= old");
    expect(await text(page, "filter-error")).toBe('Filter not applied: condition 1, "age_at_diagnosis <= old": "old" is not a number, expected a number to compare age_at_diagnosis with.');
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it("compares the curves by a typed ρ, equal to the engine, kept in the address through a reload, and says why a negative or non-numeric ρ is not applied", async () => {
    const {page, pageErrors} = await site.open("/explore");
    const rho = page.getByLabel("Curve comparison: G-ρ test with ρ =");
    const testLine = (r: number) => {
      const comparison = exploreComparison(patients, {endpoint: "os_embolization", grouping: {column: "arm"}, rho: r});
      return formatLabelledP(comparison.test!.p, `${comparison.testName}, ${comparison.test!.df} df`);
    };
    expect(testLine(0.5)).toMatch(/G-rho, rho = 0\.5, 1 df/);
    expect(testLine(0.5)).not.toBe(testLine(0));
    await rho.fill("0.5");
    await page.waitForFunction(() => new URLSearchParams(location.search).get("rho") === "0.5");
    await expect.poll(() => text(page, "explore-test")).toBe(testLine(0.5));
    await page.reload();
    await page.getByTestId("explore-test").waitFor();
    expect(await rho.inputValue()).toBe("0.5");
    expect((await text(page, "explore-test")).trim()).toBe(testLine(0.5));
    await rho.fill("2.5");
    await expect.poll(() => text(page, "explore-test")).toBe(testLine(2.5));
    expect(new URL(page.url()).searchParams.get("rho")).toBe("2.5");
    for (const [typed, why] of [["-1", '"-1" is negative'], ["half", '"half" is not a number']]) {
      await rho.fill(typed);
      // Polled: the message for the value typed before is still in the page until this one replaces it.
      await expect.poll(() => text(page, "rho-error")).toBe(`ρ not applied: ${why}, expected a number of 0 or more (0 is the log-rank test, 1 Peto–Peto). The curves are compared by the log-rank test.`);
      await expect.poll(() => text(page, "explore-test")).toBe(testLine(0));
      expect(new URL(page.url()).searchParams.has("rho")).toBe(false);
    }
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it("withholds P values, hazard ratios and restricted means where a group has fewer than 5 patients, and says why", async () => {
    const {page, pageErrors} = await site.open("/explore?group=primary_tumor&covariates=primary_tumor&subgroups=primary_tumor");
    expect(await text(page, "explore-test")).toMatch(/^Fewer than 5 patients in .* under these filters: no test and no restricted means/);
    expect(await text(page, "explore-rmst")).toMatch(/Fewer than 5 patients/);
    expect(await text(page, "explore-interactions")).toMatch(/Primary tumour: Fewer than 5 patients in .*: no interaction test/);
    expect(await page.getByTestId("explore-rmst").locator("table").count()).toBe(0);
    expect(await smallGroupBreaches(page)).toEqual([]);
    expect(await page.$$eval(".p-value", (m) => m.filter((x) => Number((x as HTMLElement).dataset.minGroup) < 5).length)).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 120_000);
});

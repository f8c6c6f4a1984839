// The chart controls of /progression and /survival beyond the filters: the
// column the curves are grouped by, the test (log-rank, Peto–Peto, G-rho with
// a chosen rho, stratified by a column) and the landmark times. Each is kept
// in the URL over a reload and changes the numbers to what the engine
// computes; the figure (on the page and downloaded) carries the test and, for
// two groups, the hazard ratio.
import {readFileSync} from "node:fs";
import type {Locator, Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {compareSurvival, type SurvivalComparison} from "../../src/lib/analysis/compare-survival.js";
import {effectEstimates} from "../../src/lib/analysis/effect-estimates.js";
import {filterPatients} from "../../src/lib/analysis/filter-patients.js";
import {filterStates, viewFamily} from "../../src/lib/analysis/view-family.js";
import {formatExploratoryView} from "../../src/lib/format/exploratory-view.js";
import {formatFigureAnnotation} from "../../src/lib/format/figure-annotation.js";
import {formatComparisonP} from "../../src/lib/format/p-value.js";
import {formatViewFamily} from "../../src/lib/format/view-family.js";
import {builtSite} from "./built-site.js";
import {distPatients} from "./dist-cohort.js";
import {formControl} from "./form-control.js";
import {settle} from "./page-session.js";
import {ON_PAGE} from "./on-page.js";

const site = builtSite();
const percent = (x: number | null) => (x === null ? "—" : `${(100 * x).toFixed(0)}%`);

/** The form of the control labelled `label` (by its label: a select may offer an option of the same name). */

/** Chooses `option` in the select labelled `label`. */
async function select(page: Page, label: string, option: string): Promise<void> {
  await formControl(page, label).locator("select").selectOption({label: option});
  await settle(page);
}

async function typeInto(page: Page, label: string, text: string): Promise<void> {
  const field = formControl(page, label).locator("input");
  await field.fill(text);
  await settle(page);
}

const card = (page: Page) => page.locator(".card", {has: page.locator(".landmark-table")}).first();

/** What the first survival card shows: its test line, landmark table, the curves drawn and the lines on the figure. */
async function shown(page: Page) {
  const c = card(page);
  return {
    p: (await c.locator(".test-result").first().textContent())?.trim(),
    headers: await c.locator(".landmark-table thead th").allTextContents(),
    rates: await c.locator(".landmark-table tbody tr").evaluateAll((rows) => rows.map((tr) => [(tr as HTMLElement).dataset.group, ...Array.from(tr.querySelectorAll("td[data-time] .rate, td:not([data-time]):not(.median)"), (td) => td.textContent)])),
    curves: await c.locator(`.km-chart${ON_PAGE} svg[aria-label^='Kaplan'] g[aria-label=line] path`).count(),
    annotation: await c.locator(`.km-chart${ON_PAGE} svg[aria-label^='Kaplan'] .km-annotation`).evaluateAll((gs) => gs.flatMap((g) => Array.from(g.querySelectorAll("tspan"), (t) => t.textContent ?? "").filter(Boolean))),
    multiplicity: await c.locator(".multiplicity").textContent(),
    effects: await c.locator(".effect-estimates").textContent()
  };
}

function rates(comparison: SurvivalComparison) {
  const times = [...new Set(comparison.landmarks.map((r) => r.time))];
  return comparison.curves.map((c) => [c.group, String(c.n), ...times.map((t) => percent(comparison.landmarks.find((r) => r.group === c.group && r.time === t)?.surv ?? null))]);
}

async function reload(page: Page) {
  await page.reload({waitUntil: "networkidle"});
  await settle(page);
}

async function downloadedAnnotation(chart: Locator): Promise<string> {
  const [download] = await Promise.all([chart.page().waitForEvent("download"), chart.getByRole("button", {name: "SVG", exact: true}).click()]);
  const text = readFileSync((await download.path())!, "utf8");
  return chart.page().evaluate((t) => Array.from(new DOMParser().parseFromString(t, "image/svg+xml").querySelectorAll(".km-annotation tspan"), (n) => n.textContent).join(" "), text);
}

// /progression's family: arms within each tumour filter, and tumour types within each arm, for both endpoints.
const progressionStates = filterStates(["tumor"]).flatMap((filters) => (["ttp", "tttf"] as const).flatMap((endpoint) => [
  {filters, endpoint, groupBy: "arm" as const},
  ...(["chemoembolization", "bland"] as const).map((arm) => ({filters, endpoint, groupBy: "tumor" as const, arm}))
]));

describe("group by any column", () => {
  it("/progression: one curve per primary tumour type, the five-group test, exploratory, kept over a reload", async () => {
    const {page, pageErrors} = await site.open("/progression");
    await select(page, "Compare", "Primary tumour (five types)");
    await expect.poll(() => new URL(page.url()).searchParams.get("compare")).toBe("primary_tumor");
    const comparison = compareSurvival(distPatients(), {endpoint: "ttp", groupBy: "primary_tumor"});
    const family = viewFamily(distPatients(), progressionStates);
    for (const round of ["chosen", "reloaded"]) {
      await expect.poll(async () => (await shown(page)).p, {message: round}).toBe(formatComparisonP(comparison));
      const got = await shown(page);
      expect(got.p, round).toBe(formatComparisonP(comparison));
      expect(got.rates).toEqual(rates(comparison));
      expect(got.curves).toBe(comparison.curves.filter((c) => c.fit).length);
      expect(got.annotation.join(" ")).toBe(formatFigureAnnotation(comparison).join(" "));
      expect(got.multiplicity).toBe(formatExploratoryView(family, "primary tumour"));
      expect(got.effects).toBe("Hazard ratios and restricted means compare two groups; across the 5 groups of primary tumour the test above is the comparison.");
      expect(await card(page).locator("h2").first().textContent()).toBe("Time to progression by primary tumour");
      await reload(page);
    }
    // Within carcinoid tumours only one primary type is left: no comparison, said instead of a P.
    await formControl(page, "Tumour type").getByRole("radio", {name: "Carcinoid", exact: true}).check();
    await settle(page);
    const carcinoid = compareSurvival(filterPatients(distPatients(), {tumor: "carcinoid"}), {endpoint: "ttp", groupBy: "primary_tumor"});
    expect((await shown(page)).p).toBe(carcinoid.note);
    expect(carcinoid.test).toBeNull();
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("/survival: a two-group column gets its hazard ratio on the figure and in the downloaded SVG", async () => {
    const {page, pageErrors} = await site.open("/survival?compare=hormonal");
    const comparison = compareSurvival(distPatients(), {endpoint: "os_embolization", groupBy: "hormonal"});
    const effects = effectEstimates(distPatients(), {endpoint: "os_embolization", groupBy: "hormonal"});
    expect(effects.hazardRatio).not.toBeNull();
    const lines = formatFigureAnnotation(comparison, effects);
    expect(lines[1]).toMatch(/^HR .* hormonally active vs hormonally inactive$/);
    const got = await shown(page);
    expect(got.p).toBe(formatComparisonP(comparison));
    expect(got.rates).toEqual(rates(comparison));
    expect(got.annotation.join(" ")).toBe(lines.join(" "));
    expect(await downloadedAnnotation(card(page).locator(`.km-chart${ON_PAGE}`))).toBe(lines.join(" "));
    expect(got.multiplicity).toMatch(/^Grouping by hormonal activity is exploratory/);
    await select(page, "Compare", "Tumour types");
    await expect.poll(() => new URL(page.url()).searchParams.get("compare")).toBe("tumor");
    expect((await shown(page)).multiplicity).toMatch(/^This view is one of \d+ that the controls on this page show/);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});

describe("test choice", () => {
  it("/progression: G-rho with a typed rho, stratified by tumour type, named beside the chart, weighed in the family, kept over a reload", async () => {
    const {page, pageErrors} = await site.open("/progression");
    await select(page, "Test", "G-ρ, choose ρ");
    await typeInto(page, "ρ", "0.5");
    await select(page, "Stratified by", "Tumour types");
    await expect.poll(() => new URL(page.url()).searchParams.toString()).toBe("test=g-rho&rho=0.5&strata=tumor");
    const options = {endpoint: "ttp", groupBy: "arm", rho: 0.5, strata: "tumor"} as const;
    const comparison = compareSurvival(distPatients(), options);
    expect(comparison.testName).toBe("G-rho, rho = 0.5, stratified by tumour type");
    expect(formatComparisonP(comparison)).not.toBe(formatComparisonP(compareSurvival(distPatients(), {endpoint: "ttp", groupBy: "arm"})));
    const family = viewFamily(distPatients(), progressionStates, {rho: 0.5, strata: "tumor"});
    for (const round of ["chosen", "reloaded"]) {
      await expect.poll(async () => (await shown(page)).p, {message: round}).toBe(formatComparisonP(comparison));
      const got = await shown(page);
      expect(got.p, round).toBe(formatComparisonP(comparison));
      expect(got.annotation[0]).toBe(formatComparisonP(comparison));
      expect(got.multiplicity).toBe(formatViewFamily(family, {filters: {tumor: "all"}, endpoint: "ttp", groupBy: "arm"}));
      await reload(page);
    }
    // Within an arm the tumour types are the strata: each stratum holds one group, and the page says so.
    expect(await page.locator(".card[data-arm=bland] .test-result").textContent()).toBe("No test: stratified by tumour type, each stratum holds one group and there is nothing to compare within it.");
    // A negative rho is refused and the test stays as it was.
    await typeInto(page, "ρ", "-1");
    await expect.poll(() => new URL(page.url()).searchParams.get("rho")).toBe("0.5");
    expect((await shown(page)).p).toBe(formatComparisonP(comparison));
    await select(page, "Test", "Peto–Peto (ρ = 1)");
    await select(page, "Stratified by", "None");
    await expect.poll(() => new URL(page.url()).searchParams.toString()).toBe("test=peto-peto");
    await expect.poll(async () => (await shown(page)).p).toBe(formatComparisonP(compareSurvival(distPatients(), {endpoint: "ttp", groupBy: "arm", rho: 1})));
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("/survival: a link's stratified Peto–Peto test by primary tumour", async () => {
    const {page, pageErrors} = await site.open("/survival?compare=arm&test=peto-peto&strata=primary_tumor");
    const comparison = compareSurvival(distPatients(), {endpoint: "os_embolization", groupBy: "arm", rho: 1, strata: "primary_tumor"});
    expect((await shown(page)).p).toBe(formatComparisonP(comparison));
    expect(formatComparisonP(comparison)).toMatch(/\(Peto–Peto, stratified by primary tumour\)$/);
    expect(await formControl(page, "Stratified by").locator("select").evaluate((s: HTMLSelectElement) => s.selectedOptions[0].textContent)).toBe("Primary tumour (five types)");
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});

describe("landmark times", () => {
  it("/progression: the reader's landmarks head the table with the engine's rates, kept over a reload; bad text says why and keeps the table", async () => {
    const {page, pageErrors} = await site.open("/progression?endpoint=tttf");
    await typeInto(page, "Landmarks, months", "27, 3 9");
    await expect.poll(() => new URL(page.url()).searchParams.get("landmarks")).toBe("3,9,27");
    const comparison = compareSurvival(distPatients(), {endpoint: "tttf", groupBy: "arm", landmarks: [3, 9, 27]});
    for (const round of ["typed", "reloaded"]) {
      const got = await shown(page);
      expect(got.headers, round).toEqual(["Group", "n", "3 mo", "9 mo", "27 mo", "Median"]);
      expect(got.rates).toEqual(rates(comparison));
      await reload(page);
    }
    await typeInto(page, "Landmarks, months", "3, soon");
    expect(await page.locator(".landmarks-input .input-error").textContent()).toBe('"soon" is not a time in months: landmarks are positive numbers, such as 6, 12, 24, 36');
    expect((await shown(page)).headers).toEqual(["Group", "n", "3 mo", "9 mo", "27 mo", "Median"]);
    await typeInto(page, "Landmarks, months", "");
    await expect.poll(() => new URL(page.url()).searchParams.has("landmarks")).toBe(false);
    expect((await shown(page)).rates).toEqual(rates(compareSurvival(distPatients(), {endpoint: "tttf", groupBy: "arm"})));
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("/survival: landmarks from a link, on delayed-entry curves too", async () => {
    const {page, pageErrors} = await site.open("/survival?origin=os_diagnosis&landmarks=60,120");
    const comparison = compareSurvival(distPatients(), {endpoint: "os_diagnosis", groupBy: "arm", delayedEntry: true, landmarks: [60, 120]});
    const got = await shown(page);
    expect(got.headers).toEqual(["Group", "n", "60 mo", "120 mo", "Median"]);
    expect(got.rates).toEqual(rates(comparison));
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});

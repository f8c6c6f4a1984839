// What a statistical reviewer asked of the survival pages, checked against
// the engine: who is analysed, the family of tests a view belongs to, the
// reader's tau and the restricted mean against tau, and delayed entry for
// survival from diagnosis or liver metastases.
import {beforeAll, describe, expect, it} from "vitest";
import {analysedPopulation} from "../../src/lib/analysis/analysed-population.js";
import {compareSurvival} from "../../src/lib/analysis/compare-survival.js";
import {effectEstimates} from "../../src/lib/analysis/effect-estimates.js";
import {entryStartTime} from "../../src/lib/analysis/entry-start-time.js";
import type {PatientRow} from "../../src/lib/analysis/patient-row.js";
import {filterStates, viewFamily} from "../../src/lib/analysis/view-family.js";
import {formatAnalysedPopulation} from "../../src/lib/format/analysed-population.js";
import {formatEffectEstimates} from "../../src/lib/format/effect-estimates.js";
import {formatComparisonP} from "../../src/lib/format/p-value.js";
import {formatViewFamily} from "../../src/lib/format/view-family.js";
import {builtSite} from "./built-site.js";
import {distPatients} from "./dist-cohort.js";
import {settle} from "./page-session.js";

const site = builtSite();
let patients: PatientRow[];
beforeAll(() => {
  patients = distPatients();
});

const text = async (page: import("playwright-core").Page, testId: string) => (await page.getByTestId(testId).first().textContent())?.trim();

describe("/progression", () => {
  it("says who TTP analyses and leaves out, and where the view stands among the page's tests", async () => {
    const {page, pageErrors} = await site.open("/progression");
    expect(await text(page, "population")).toBe(formatAnalysedPopulation(analysedPopulation(patients, "ttp", "arm")));
    const family = viewFamily(
      patients,
      filterStates(["tumor"]).flatMap((filters) =>
        (["ttp", "tttf"] as const).flatMap((endpoint) => [{filters, endpoint, groupBy: "arm" as const}, ...(["chemoembolization", "bland"] as const).map((arm) => ({filters, endpoint, groupBy: "tumor" as const, arm}))])
      )
    );
    expect(await text(page, "multiplicity")).toBe(formatViewFamily(family, {filters: {tumor: "all"}, endpoint: "ttp", groupBy: "arm"}));
    expect(await text(page, "multiplicity")).toContain("one of 18 that the controls on this page show");
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("takes a tau from the reader, keeps it in the URL and across a reload, and draws the difference against tau", async () => {
    const {page} = await site.open("/progression");
    await page.getByLabel("τ for restricted means, months").fill("24");
    await settle(page);
    const expected = formatEffectEstimates(effectEstimates(patients, {endpoint: "ttp", groupBy: "arm", tau: 24}), "TTP");
    await expect.poll(() => text(page, "effect-estimates")).toBe(expected);
    const {tauMax} = effectEstimates(patients, {endpoint: "ttp", groupBy: "arm"});
    expect(expected).toContain(`up to τ = 24.0 months (as chosen; these data support τ up to ${tauMax!.toFixed(1)})`);
    expect(new URL(page.url()).searchParams.get("tau")).toBe("24");
    await page.reload();
    await settle(page);
    expect(await text(page, "effect-estimates")).toBe(expected);
    const chart = page.locator("svg[aria-label^='Difference in restricted mean time against tau']");
    expect(await chart.count()).toBe(1);
    expect(await chart.locator("path").count()).toBeGreaterThanOrEqual(2);
    await page.context().close();
  });

  it("says when a chosen tau is past what the data support", async () => {
    const {page} = await site.open("/progression?tau=200");
    const {tauMax} = effectEstimates(patients, {endpoint: "ttp", groupBy: "arm"});
    expect(tauMax).toBeLessThan(200);
    expect(await text(page, "effect-estimates")).toContain(`No restricted means at τ = 200 months: these data support τ up to ${Math.round(tauMax! * 10) / 10} months`);
    await page.context().close();
  });
});

describe("/survival from diagnosis", () => {
  it("shows delayed entry by default, compared by the Cox score test, with the naive and conditional analyses beside it", async () => {
    const {page, pageErrors} = await site.open("/survival?origin=os_diagnosis&compare=tumor");
    const entry = compareSurvival(patients, {endpoint: "os_diagnosis", groupBy: "tumor", delayedEntry: true});
    expect((await page.locator(".test-result").first().textContent())?.trim()).toBe(formatComparisonP(entry));
    expect(formatComparisonP(entry)).toContain("(Cox score test)");
    expect(await text(page, "immortal-time")).toContain("counts those years as survival in which no death could have been observed (immortal time)");
    expect(await text(page, "risk-sets")).toContain("carcinoid 4 (12 mo)");
    const rows = await page.getByTestId("analyses").locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
    const startTime = entryStartTime(patients, {endpoint: "os_diagnosis", groupBy: "tumor"})!;
    const analyses = [
      compareSurvival(patients, {endpoint: "os_diagnosis", groupBy: "tumor", delayedEntry: true}),
      compareSurvival(patients, {endpoint: "os_diagnosis", groupBy: "tumor", delayedEntry: true, startTime}),
      compareSurvival(patients, {endpoint: "os_diagnosis", groupBy: "tumor"})
    ];
    expect(rows.map((r) => r.slice(1))).toEqual(analyses.map((c) => [...c.curves.map((g) => g.fit!.median.estimate!.toFixed(1)), formatComparisonP(c)]));
    expect(rows[2][0]).toBe("Naive, as the paper (counts time before the first embolization)");
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("switches to the paper's naive analysis, labelled as such, and back through the URL", async () => {
    const {page} = await site.open("/survival?origin=os_diagnosis&compare=tumor&analysis=naive");
    expect((await page.locator(".card h2").first().textContent())?.trim()).toBe("Survival from diagnosis, by tumour type: naive analysis");
    expect((await page.locator(".test-result").first().textContent())?.trim()).toBe(formatComparisonP(compareSurvival(patients, {endpoint: "os_diagnosis", groupBy: "tumor"})));
    await page.getByRole("radio", {name: "Delayed entry, from when every group has 10 at risk"}).check();
    await settle(page);
    expect(new URL(page.url()).searchParams.get("analysis")).toBe("conditional");
    expect(await text(page, "conditional")).toContain("Conditional on surviving to month 49.0");
    await page.context().close();
  });
});

describe("count axes", () => {
  it("show whole numbers of patients, even for a handful", async () => {
    const {page, pageErrors} = await site.open("/cohort?hormonal=inactive&extrahepatic=present");
    const chart = page.locator("figure, svg").filter({has: page.locator("[aria-label='Primary tumour types by arm']")}).first();
    const ticks = await page.locator("svg[aria-label='Primary tumour types by arm'] [aria-label='x-axis tick label'] text").allTextContents();
    expect(await chart.count()).toBe(1);
    expect(ticks.length).toBeGreaterThan(1);
    for (const tick of ticks) expect(tick, ticks.join(" ")).toMatch(/^\d+$/);
    const perPatient = await page.locator("svg[aria-label='Distribution of the number of procedures per patient, by arm'] [aria-label='y-axis tick label'] text").allTextContents();
    expect(perPatient.length).toBeGreaterThan(1);
    for (const tick of perPatient) expect(tick, perPatient.join(" ")).toMatch(/^\d+$/);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("count procedures in whole numbers on /safety", async () => {
    const {page, pageErrors} = await site.open("/safety?tumor=noncarcinoid");
    const ticks = await page.locator("svg[aria-label='Distribution of length of stay by modality'] [aria-label='y-axis tick label'] text").allTextContents();
    expect(ticks.length).toBeGreaterThan(1);
    for (const tick of ticks) expect(tick, ticks.join(" ")).toMatch(/^\d+$/);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});

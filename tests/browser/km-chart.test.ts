// The Kaplan–Meier figure's interactions: CI toggle, hover tooltip, keyboard
// reach, text alternative and the three downloads.
import {readFileSync} from "node:fs";
import type {Page} from "playwright-core";
import {beforeAll, describe, expect, it} from "vitest";
import {compareSurvival} from "../../src/lib/analysis/compare-survival.js";
import {builtSite} from "./built-site.js";
import {distPatients} from "./dist-cohort.js";
import {PHONE} from "./page-session.js";

const site = builtSite();
let page: Page;

beforeAll(async () => {
  ({page} = await site.open("/progression"));
});

const figure = () => page.locator(".km-chart").first();

describe("KM chart", () => {
  it("hides and shows the confidence bands", async () => {
    const bands = figure().locator("g.km-ci");
    await expect.poll(() => bands.first().isVisible()).toBe(true);
    await figure().getByLabel("95% confidence bands").uncheck();
    expect(await bands.first().isVisible()).toBe(false);
    await figure().getByLabel("95% confidence bands").check();
    expect(await bands.first().isVisible()).toBe(true);
  });

  it("shows time, S(t), CI and number at risk on hover", async () => {
    const svg = figure().locator("svg[aria-label^='Kaplan']");
    const box = (await svg.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.35, box.y + box.height * 0.5);
    const tip = figure().locator("g[aria-label=tip]");
    await expect.poll(() => tip.textContent()).toMatch(/At risk/);
    expect(await tip.textContent()).toMatch(/mo/);
    expect(await tip.textContent()).toMatch(/95% CI/);
  });

  it("draws a KMunicate table and a text alternative with the engine's numbers", async () => {
    const comparison = compareSurvival(distPatients(), {endpoint: "ttp", groupBy: "arm"});
    const rows = await figure().locator(".km-chart-numbers tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => c.textContent)));
    const fmt = (x: number | null) => (x === null ? "NR" : x.toFixed(1));
    expect(rows.map((r) => r.slice(0, 3))).toEqual(
      comparison.curves.map((c) => [c.label, String(c.n), `${fmt(c.fit!.median.estimate)} (${fmt(c.fit!.median.lower)}–${fmt(c.fit!.median.upper)})`])
    );
    const table = figure().locator("svg.km-risk-table");
    expect(await table.getAttribute("aria-label")).toMatch(/at risk/);
    const atRiskAtZero = comparison.curves.map((c) => String(c.fit!.n));
    const texts = await table.locator("text").allTextContents();
    for (const n of atRiskAtZero) expect(texts).toContain(n);
    expect(await figure().locator("svg[aria-label^='Kaplan']").getAttribute("aria-description")).toMatch(/patients, median/);
  });

  it("gives the curves most of a phone-wide card: group names head the risk table's rows instead of widening its margin", async () => {
    const {page: phone} = await site.open("/progression", {viewport: PHONE});
    const chart = phone.locator(".km-chart").first();
    const share = await chart.locator("svg[aria-label^='Kaplan']").evaluate((svg) => {
      const frame = svg.querySelector("[aria-label='x-axis tick']")!.getBoundingClientRect();
      const box = svg.getBoundingClientRect();
      return (box.right - frame.left) / box.width;
    });
    expect(share).toBeGreaterThan(0.75);
    const texts = await chart.locator("svg.km-risk-table text").allTextContents();
    expect(texts).toEqual(expect.arrayContaining(["Chemoembolization", "Bland embolization", "At risk", "Censored", "Events"]));
    await phone.context().close();
  });

  it("is reachable by keyboard", async () => {
    const reached = new Set<string>();
    await page.locator("body").focus();
    for (let i = 0; i < 20; ++i) {
      await page.keyboard.press("Tab");
      reached.add(await page.evaluate(() => `${document.activeElement?.tagName}:${document.activeElement?.textContent?.trim() || (document.activeElement as HTMLInputElement)?.type}`));
    }
    expect([...reached]).toEqual(expect.arrayContaining(["INPUT:checkbox", "BUTTON:SVG", "BUTTON:PNG", "BUTTON:CSV"]));
  });

  it("downloads the figure as SVG and PNG and its table as CSV", async () => {
    for (const [label, pattern] of [["SVG", /^<svg[\s\S]*<\/svg>$/], ["CSV", /^group,time,n_risk,surv,lower,upper\n/]] as const) {
      const [download] = await Promise.all([page.waitForEvent("download"), figure().getByRole("button", {name: label}).click()]);
      expect(download.suggestedFilename()).toBe(`ttp-by-arm.${label.toLowerCase()}`);
      expect(readFileSync((await download.path())!, "utf8")).toMatch(pattern);
    }
    const [png] = await Promise.all([page.waitForEvent("download"), figure().getByRole("button", {name: "PNG"}).click()]);
    expect(png.suggestedFilename()).toBe("ttp-by-arm.png");
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe("PNG");
  });
});

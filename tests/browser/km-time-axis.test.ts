// The KM charts' time axis: months or years, and how far it runs, kept in the
// URL, followed by every chart on the page, with the risk table at the new
// ticks equal to the engine's.
import type {Locator} from "playwright-core";
import {describe, expect, it} from "vitest";
import {compareSurvival} from "../../src/lib/analysis/compare-survival.js";
import {riskTable} from "../../src/lib/survival/index.js";
import {builtSite} from "./built-site.js";
import {chartControls} from "./chart-controls.js";
import {distPatients} from "./dist-cohort.js";
import {settle} from "./page-session.js";

const site = builtSite();

/** The risk table's rows of numbers, in order, each number as drawn. */
const riskRows = (chart: Locator) => chart.locator("svg.km-risk-table g[font-variant=tabular-nums] text").evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll("tspan"), (n) => n.textContent)));

describe("KM time axis", () => {
  it("shows years on every chart, ticking at whole years with the risk table at those times", async () => {
    const {page} = await site.open("/progression");
    const charts = page.locator(".km-chart");
    await chartControls(charts.first()).getByLabel("Time in").selectOption("years");
    await expect.poll(() => new URL(page.url()).searchParams.get("xunit")).toBe("years");
    await expect.poll(() => charts.last().locator("[aria-label='x-axis label']").textContent()).toMatch(/Years/);
    for (let k = 0; k < (await charts.count()); ++k) expect(await charts.nth(k).locator("[aria-label='x-axis label']").textContent()).toMatch(/Years/);
    const chart = charts.first();
    const years = (await chart.locator("svg[aria-label^='Kaplan'] [aria-label='x-axis tick label'] text").allTextContents()).map(Number);
    expect(years[0]).toBe(0);
    expect(years.every(Number.isInteger)).toBe(true);
    expect(years[years.length - 1]).toBeGreaterThanOrEqual(90 / 12);
    const {curves} = compareSurvival(distPatients(), {endpoint: "ttp", groupBy: "arm"});
    const atRisk = riskTable(curves[0].fit!, years.map((y) => 12 * y), {extend: true}).nRisk.map(String);
    // The first row is the first group's numbers at risk.
    const [firstRow] = await riskRows(chart);
    expect(firstRow).toEqual(atRisk);
    await page.context().close();
  });

  it("cuts the axis at the chosen month on every chart, keeps it over a reload, and goes back to the whole follow-up", async () => {
    const {page} = await site.open("/progression");
    const charts = page.locator(".km-chart");
    await chartControls(charts.first()).getByLabel("Up to").fill("24");
    await chartControls(charts.first()).getByLabel("Up to").press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("xmax")).toBe("24");
    const {curves} = compareSurvival(distPatients(), {endpoint: "ttp", groupBy: "arm"});
    for (const round of ["after the change", "after a reload"]) {
      await expect.poll(() => chartControls(charts.last()).getByLabel("Up to").inputValue()).toBe("24");
      const ticks = (await charts.first().locator("svg[aria-label^='Kaplan'] [aria-label='x-axis tick label'] text").allTextContents()).map(Number);
      expect(ticks[ticks.length - 1], round).toBe(24);
      // Each group's rows: at risk, censored, events.
      const rows = await riskRows(charts.first());
      const atRisk = curves.flatMap((c) => riskTable(c.fit!, ticks, {extend: true}).nRisk.map(String));
      expect(rows.filter((_, i) => i % 3 === 0).flat()).toEqual(atRisk);
      await page.reload({waitUntil: "networkidle"});
      await settle(page);
    }
    await chartControls(charts.first()).getByLabel("Up to").fill("");
    await chartControls(charts.first()).getByLabel("Up to").press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.has("xmax")).toBe(false);
    await page.context().close();
  });

  it("reads and takes the range in years when the axis is in years, and says so beside the field and on the zoom", async () => {
    const {page} = await site.open("/progression?xunit=years&xmax=24");
    const charts = page.locator(".km-chart");
    const range = chartControls(charts.first()).getByLabel("Up to");
    expect(await range.inputValue()).toBe("2");
    expect(await range.locator("xpath=ancestor::label").textContent()).toMatch(/Up to\s+years/);
    await range.fill("3");
    await range.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("xmax")).toBe("36");
    await expect.poll(() => charts.first().locator("svg[aria-label^='Kaplan'] [aria-label='x-axis tick label'] text").last().textContent()).toBe("3");
    // Bland embolization's curve ends within the first year of a three-year axis: the zoom offers a year, in years.
    await expect.poll(() => charts.first().locator(".km-zoom").textContent()).toMatch(/ends at 0\.\d+ years: .*Show the first 1 year$/);
    // A short axis in years ticks at quarter years, and the zoom gives one.
    const tickLabels = () => charts.first().locator("svg[aria-label^='Kaplan'] [aria-label='x-axis tick label'] text").allTextContents();
    await charts.first().getByRole("button", {name: "Show the first 1 year"}).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("xmax")).toBe("12");
    await expect.poll(tickLabels).toEqual(["0", "0.25", "0.5", "0.75", "1"]);
    // The axis ends at the range typed, the curves cut there.
    await range.fill("0.4");
    await range.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("xmax")).toBe("4.8");
    await expect.poll(tickLabels).toEqual(["0", "0.25"]);
    // The frame (where the grid lines end, and the curves are clipped) ends at 4.8 months on the scale of the ticks.
    const axis = await charts.first().locator("svg[aria-label^='Kaplan']").evaluate((svg) => {
      const centre = (e: Element) => (e.getBoundingClientRect().left + e.getBoundingClientRect().right) / 2;
      const [zero, quarter] = Array.from(svg.querySelectorAll("[aria-label='x-axis tick'] path, [aria-label='x-axis tick'] line"), centre);
      return {zero, quarter, frameRight: Math.max(...Array.from(svg.querySelectorAll("[aria-label='y-grid'] line"), (l) => l.getBoundingClientRect().right))};
    });
    expect(Math.abs(axis.frameRight - (axis.zero + (4.8 / 3) * (axis.quarter - axis.zero)))).toBeLessThan(1.5);
    await page.context().close();
  });

  it("keeps a keyboard user's focus on the field they changed when /survival draws its chart again, and Tab still moves on", async () => {
    const {page} = await site.open("/survival");
    const chart = page.locator(".km-chart").first();
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.setting ?? document.activeElement?.tagName);
    await chart.getByLabel("Time in").focus();
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => new URL(page.url()).searchParams.get("xunit")).toBe("years");
    await expect.poll(() => chart.locator("[aria-label='x-axis label']").textContent()).toMatch(/Years/);
    expect(await focused()).toBe("xunit");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("xmax");
    await page.keyboard.type("2");
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("xmax")).toBe("24");
    expect(await focused()).toBe("xmax");
    await page.keyboard.type("3");
    await page.keyboard.press("Tab");
    await expect.poll(() => new URL(page.url()).searchParams.get("xmax")).toBe("276");
    expect(await focused(), "Tab after typing goes on to the next field").toBe("pooled");
    await page.keyboard.press("Space");
    await expect.poll(() => new URL(page.url()).searchParams.get("pooled")).toBe("1");
    expect(await focused()).toBe("pooled");
    await page.context().close();
  });
});


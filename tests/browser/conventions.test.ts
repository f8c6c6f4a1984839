// The conventions (CI type, level, test) travel in the URL: a link shows the
// same numbers anywhere, survives a reload, wins over what a browser saved,
// and a page writes the saved conventions into its own URL. Each chart names
// the interval it draws.
import {describe, expect, it} from "vitest";
import {compareSurvival} from "../../src/lib/analysis/compare-survival.js";
import {formatComparisonP} from "../../src/lib/format/p-value.js";
import {builtSite} from "./built-site.js";
import {distPatients} from "./dist-cohort.js";
import {settle} from "./page-session.js";

const site = builtSite();
const fmt = (x: number | null) => (x === null ? "NR" : x.toFixed(1));

describe("conventions in the URL", () => {
  it("draws /progression with the URL's CI type, level and test, and keeps them over a reload", async () => {
    const {page} = await site.open("/progression?ci=plain&level=90&test=peto-peto");
    const expected = compareSurvival(distPatients(), {endpoint: "ttp", groupBy: "arm", confType: "plain", confLevel: 0.9, rho: 1});
    const defaults = compareSurvival(distPatients(), {endpoint: "ttp", groupBy: "arm"});
    expect(formatComparisonP(expected)).not.toBe(formatComparisonP(defaults));
    for (const round of ["first load", "reload"]) {
      expect(await page.locator("[data-testid=arm-p]").textContent(), round).toBe(formatComparisonP(expected));
      const chart = page.locator(".km-chart").first();
      expect(await chart.locator(".km-conventions").textContent()).toMatch(/^90% confidence intervals for S\(t\) and the medians on the plain \(linear\) scale \(R survfit conf.type = "plain"\)/);
      const medians = await chart.locator(".km-chart-numbers tbody tr").evaluateAll((trs) => trs.map((tr) => tr.children[2].textContent));
      expect(medians).toEqual(expected.curves.map((c) => `${fmt(c.fit!.median.estimate)} (${fmt(c.fit!.median.lower)}–${fmt(c.fit!.median.upper)})`));
      expect(new URL(page.url()).searchParams.toString()).toBe("ci=plain&level=90&test=peto-peto");
      await page.reload({waitUntil: "networkidle"});
      await settle(page);
    }
    await page.context().close();
  });

  it("writes a convention chosen on /methods into the URL, carries it to other pages' URLs, and lets a link's URL win", async () => {
    const {page} = await site.open("/methods");
    await page.getByRole("radio", {name: "99%"}).check();
    await expect.poll(() => new URL(page.url()).searchParams.get("level")).toBe("99");
    await page.goto(`${site.origin}/progression`, {waitUntil: "networkidle"});
    await settle(page);
    expect(new URL(page.url()).searchParams.get("level")).toBe("99");
    expect(await page.locator(".km-chart .km-conventions").first().textContent()).toMatch(/^99% /);
    await page.goto(`${site.origin}/progression?level=90`, {waitUntil: "networkidle"});
    await settle(page);
    expect(await page.locator(".km-chart .km-conventions").first().textContent()).toMatch(/^90% /);
    await page.context().close();
  });

  it("leaves R's defaults out of the URL", async () => {
    const {page} = await site.open("/progression?level=95&ci=log&test=log-rank");
    expect(new URL(page.url()).search).toBe("");
    expect(await page.locator(".km-chart .km-conventions").first().textContent()).toMatch(/^95% confidence intervals for S\(t\) and the medians on the log scale/);
    await page.context().close();
  });
});

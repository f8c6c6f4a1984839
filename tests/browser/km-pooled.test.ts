// The pooled curve: all the patients of a chart's groups as one more curve,
// kept in the URL, equal to the engine's fit of the pooled data.
import {describe, expect, it} from "vitest";
import {endpointData} from "../../src/lib/analysis/endpoints.js";
import {kaplanMeier} from "../../src/lib/survival/index.js";
import {builtSite} from "./built-site.js";
import {chartControls} from "./chart-controls.js";
import {distPatients} from "./dist-cohort.js";
import {settle} from "./page-session.js";

const site = builtSite();
const fmt = (x: number | null) => (x === null ? "NR" : x.toFixed(1));

describe("KM pooled curve", () => {
  it("adds the curve of all patients, with the engine's median, kept over a reload", async () => {
    const {page} = await site.open("/progression?tumor=carcinoid");
    const chart = page.locator(".km-chart").first();
    await chartControls(chart).getByLabel("Pooled curve").check();
    await expect.poll(() => new URL(page.url()).searchParams.get("pooled")).toBe("1");
    const subset = distPatients().filter((p) => p.primary_tumor === "carcinoid");
    const {time, event} = endpointData(subset, "ttp");
    const fit = kaplanMeier({time, event});
    for (let round = 0; round < 2; ++round) {
      const first = page.locator(".km-chart").first();
      await expect.poll(() => first.locator("svg[aria-label^='Kaplan'] g[aria-label=line] path").count()).toBe(3);
      const row = await first.locator(".km-chart-numbers tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (c) => c.textContent)).find((r) => r[0] === "All patients"));
      expect(row!.slice(1, 3)).toEqual([String(fit.n), `${fmt(fit.median.estimate)} (${fmt(fit.median.lower)}–${fmt(fit.median.upper)})`]);
      expect(await first.locator("svg.km-risk-table text").allTextContents()).toContain("All patients");
      await page.reload({waitUntil: "networkidle"});
      await settle(page);
    }
    await chartControls(page.locator(".km-chart").first()).getByLabel("Pooled curve").uncheck();
    await expect.poll(() => page.locator(".km-chart").first().locator("svg[aria-label^='Kaplan'] g[aria-label=line] path").count()).toBe(2);
    await page.context().close();
  });
});

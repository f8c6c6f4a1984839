// The y-scale control of the Kaplan–Meier charts: S(t), 1 − S(t) or the
// Nelson–Aalen cumulative hazard, kept in the URL, followed by every chart on
// the page, and drawn at the engine's values.
import type {Locator} from "playwright-core";
import {describe, expect, it} from "vitest";
import {compareSurvival} from "../../src/lib/analysis/compare-survival.js";
import {cumulativeHazard} from "../../src/lib/survival/index.js";
import {builtSite} from "./built-site.js";
import {chartControls} from "./chart-controls.js";
import {distPatients} from "./dist-cohort.js";
import {PHONE, settle} from "./page-session.js";

const site = builtSite();

/** The largest y value each step line reaches, read back through the y-axis ticks. */
function curveMaxima(chart: Locator): Promise<number[]> {
  return chart.locator("svg[aria-label^='Kaplan']").evaluate((svg) => {
    const ticks = Array.from(svg.querySelectorAll("[aria-label='y-axis tick label'] text"), (t) => ({
      value: parseFloat((t.textContent ?? "").replace("%", "")) / ((t.textContent ?? "").includes("%") ? 100 : 1),
      y: t.getBoundingClientRect().y + t.getBoundingClientRect().height / 2
    }));
    const [a, b] = [ticks[0], ticks[ticks.length - 1]];
    const valueAt = (y: number) => a.value + ((y - a.y) * (b.value - a.value)) / (b.y - a.y);
    return Array.from(svg.querySelectorAll("g[aria-label=line] path"), (path) => {
      const p = path as SVGPathElement;
      const length = p.getTotalLength();
      const matrix = p.getScreenCTM()!;
      let top = Infinity;
      for (let s = 0; s <= length; s += 0.5) top = Math.min(top, p.getPointAtLength(s).matrixTransform(matrix).y);
      return valueAt(top);
    });
  });
}

describe("KM y scale", () => {
  it("switches every chart on the page to the cumulative hazard at the engine's Nelson–Aalen values, and keeps it over a reload", async () => {
    const {page} = await site.open("/progression");
    const charts = page.locator(".km-chart");
    await chartControls(charts.first()).getByLabel("Y axis").selectOption("cumhaz");
    await expect.poll(() => new URL(page.url()).searchParams.get("yscale")).toBe("cumhaz");
    const {curves} = compareSurvival(distPatients(), {endpoint: "ttp", groupBy: "arm"});
    const expected = curves.map((c) => Math.max(...cumulativeHazard(c.fit!).cumhaz));
    for (const round of ["after the change", "after a reload"]) {
      const count = await charts.count();
      expect(count).toBeGreaterThan(1);
      for (let k = 0; k < count; ++k) {
        expect(await charts.nth(k).locator("[aria-label='y-axis label']").textContent(), `${round}, chart ${k}`).toMatch(/Cumulative hazard \(Nelson–Aalen\)/);
        expect(await chartControls(charts.nth(k)).getByLabel("Y axis").inputValue()).toBe("cumhaz");
      }
      const maxima = await curveMaxima(charts.first());
      maxima.forEach((m, i) => expect(Math.abs(m - expected[i]), `${round}: ${curves[i].label} reaches ${m}, engine ${expected[i]}`).toBeLessThan(0.02 * expected[i]));
      expect(await charts.first().locator("g.km-ci").count()).toBe(0);
      expect(await charts.first().locator(".km-conventions").textContent()).toMatch(/Nelson–Aalen/);
      await page.reload({waitUntil: "networkidle"});
      await settle(page);
    }
    await page.context().close();
  });

  it("draws 1 − S(t) rising to 1 − the engine's last S, with the band turned over", async () => {
    const {page} = await site.open("/survival?yscale=incidence");
    const chart = page.locator(".km-chart").first();
    expect(await chart.locator("[aria-label='y-axis label']").textContent()).toMatch(/With event, 1 − S\(t\)/);
    const {curves} = compareSurvival(distPatients(), {endpoint: "os_embolization", groupBy: "arm"});
    const maxima = await curveMaxima(chart);
    maxima.forEach((m, i) => expect(Math.abs(m - (1 - curves[i].fit!.surv[curves[i].fit!.surv.length - 1])), curves[i].label).toBeLessThan(0.01));
    expect(await chart.locator("g.km-ci path").count()).toBe(2);
    await chartControls(chart).getByLabel("Y axis").selectOption("survival");
    await expect.poll(() => new URL(page.url()).searchParams.has("yscale")).toBe(false);
    await page.context().close();
  });

  it("prints the test line, on every scale, endpoint and chart of /progression, where no curve or median guide passes", async () => {
    for (const query of ["yscale=survival", "yscale=incidence", "yscale=cumhaz", "endpoint=tttf", "endpoint=tttf&yscale=incidence"]) {
      for (const viewport of [undefined, PHONE]) {
        const {page} = await site.open(`/progression?${query}`, {viewport});
        const charts = page.locator(".km-chart:has(.km-annotation)");
        const n = await charts.count();
        expect(n, "the main chart and the two arm charts").toBe(3);
        for (let i = 0; i < n; ++i) {
          await charts.nth(i).scrollIntoViewIfNeeded();
          // Points of each step line and each median guide, 0.5 px apart, that fall inside the test line's box.
          const inside = await charts.nth(i).locator("svg[aria-label^='Kaplan']").evaluate((svg) => {
            const box = svg.querySelector(".km-annotation text")!.getBoundingClientRect();
            return Array.from(svg.querySelectorAll("g[aria-label=line] path, g.km-median line"), (line) => {
              const geometry = line as SVGGeometryElement;
              const matrix = geometry.getScreenCTM()!;
              let count = 0;
              for (let s = 0, length = geometry.getTotalLength(); s <= length; s += 0.5) {
                const {x, y} = geometry.getPointAtLength(s).matrixTransform(matrix);
                if (x > box.left && x < box.right && y > box.top && y < box.bottom) ++count;
              }
              return count;
            });
          });
          expect(inside.length, "curves and guides").toBeGreaterThanOrEqual(2);
          expect(inside, `${query}, chart ${i}, ${viewport ? "phone" : "desktop"}`).toEqual(inside.map(() => 0));
        }
        await page.context().close();
      }
    }
  });
});

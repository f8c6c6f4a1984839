// The Kaplan–Meier figure's interactions: CI toggle, hover tooltip, keyboard
// reach, text alternative (blank past each group's last follow-up) and the
// three downloads.
import {readFileSync} from "node:fs";
import type {Page} from "playwright-core";
import {beforeAll, describe, expect, it} from "vitest";
import {compareSurvival} from "../../src/lib/analysis/compare-survival.js";
import {survivalAtTimes} from "../../src/lib/survival/index.js";
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

  it("leaves a group's S(t) blank past its last follow-up, and keeps a curve that reached 0 at 0%", async () => {
    // /survival by arm: the bland curve stops above 0 before the last tick; /progression's TTP curves both reach 0.
    for (const [path, endpoint] of [["/survival", "os_embolization"], ["/progression", "ttp"]] as const) {
      const {page: opened} = await site.open(path);
      const numbers = opened.locator(".km-chart .km-chart-numbers").first();
      const head = await numbers.locator("thead th").allTextContents();
      const times = head.slice(3).map((h) => Number(/^S\((.+)\)$/.exec(h)![1]));
      const rows = await numbers.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (c) => c.textContent ?? "")));
      const {curves} = compareSurvival(distPatients(), {endpoint, groupBy: "arm"});
      let blanks = 0;
      for (const {label, fit} of curves) {
        const last = fit!.time[fit!.time.length - 1];
        const reachedZero = fit!.surv[fit!.surv.length - 1] === 0;
        const cells = rows.find((r) => r[0] === label)!.slice(3);
        if (path === "/survival") expect(times.some((t) => t <= last), `${label} has ticks before its last follow-up`).toBe(true);
        times.forEach((t, k) => {
          const expected = t <= last ? `${(100 * survivalAtTimes(fit!, [t]).surv[0]).toFixed(0)}%` : reachedZero ? "0%" : "—";
          expect(cells[k], `${path} ${label} S(${t}), last follow-up ${last}`).toBe(expected);
        });
        blanks += times.filter((t) => t > last && !reachedZero).length;
      }
      // Each page tests one side of the rule: /survival has blanks, /progression curves that reached 0.
      if (path === "/survival") expect(blanks).toBeGreaterThan(0);
      else expect(curves.every(({fit}) => fit!.surv[fit!.surv.length - 1] === 0 && times.some((t) => t > fit!.time[fit!.time.length - 1]))).toBe(true);
      await opened.context().close();
    }
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

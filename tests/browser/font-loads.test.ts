// A face a page first shows after a change (the italic of a chart's notice,
// say) would be fetched then, and its arrival would lay the whole page out
// again: a change must never wait for a font. Every face a change can show is
// loaded with the page or its first chart (km-chart.ts), so going through every
// filter option, and on the pages with curves every Compare option, with each
// chart drawn, loads none.
import type {Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {builtSite} from "./built-site.js";
import {formControl} from "./form-control.js";
import {drawEveryChart, settle} from "./page-session.js";

const site = builtSite();

/** Each page with cohort filters, its filters' labels, and whether it has a Compare select. */
const PAGES = [
  {path: "/progression", filters: ["Tumour type"], compare: true},
  {path: "/survival", filters: ["Tumour type", "Hormonal activity", "Extrahepatic disease"], compare: true},
  {path: "/", filters: ["Tumour type"], compare: false},
  {path: "/cohort", filters: ["Tumour type", "Hormonal activity", "Extrahepatic disease"], compare: false},
  {path: "/response", filters: ["Tumour type", "Hormonal activity"], compare: false},
  {path: "/safety", filters: ["Tumour type"], compare: false}
];

/** Picks each option of each filter in turn, then All again, drawing every chart after each. */
async function everyFilter(page: Page, labels: string[]): Promise<void> {
  for (const label of labels) {
    const options = await formControl(page, label).getByRole("radio").all();
    for (const option of [...options.slice(1), options[0]]) {
      await option.check();
      await settle(page);
      await drawEveryChart(page);
    }
  }
}

describe.each(PAGES)("fonts loaded with $path", ({path, filters, compare}) => {
  it("no filter or Compare option loads a font", async () => {
    const {page, pageErrors} = await site.open(path);
    await page.evaluate(`document.fonts.ready.then(() => {
      window.fontsLoadedLater = [];
      document.fonts.addEventListener("loadingdone", (event) => window.fontsLoadedLater.push(...event.fontfaces.map((face) => face.family + " " + face.style + " " + face.unicodeRange.slice(0, 12))));
    })`);
    const compares = compare ? await formControl(page, "Compare").locator("option").allTextContents() : [null];
    for (const option of compares) {
      if (option) await formControl(page, "Compare").locator("select").selectOption({label: option});
      await everyFilter(page, filters);
    }
    expect(await page.evaluate("document.fonts.ready.then(() => window.fontsLoadedLater)")).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe("a font that fails to load", () => {
  it("leaves the notice in the browser's own italic, with no page error", async () => {
    const context = await site.browser.newContext({viewport: {width: 1280, height: 900}});
    await context.route("**/_fonts/*italic*", (route) => route.abort());
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(String(error)));
    await page.goto(`${site.origin}/progression?tumor=carcinoid`, {waitUntil: "networkidle"});
    await settle(page);
    await drawEveryChart(page);
    expect(await page.locator(".km-chart-notice").count()).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

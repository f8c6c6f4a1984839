// The six pages that do not draw from the risk table show the same numbers
// computed from the published rows and read from data/page-statistics/<page>.json
// (?data=aggregates), in several states of their controls; in aggregate mode
// they need nothing from patients.csv or procedures.csv, and each downloads
// its own statistics file and no other page's.
import type {Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {builtSite} from "./built-site.js";

const site = builtSite();

// Each page and states of its controls and the site's conventions, as the URL carries them.
const STATES: [path: string, statistics: string, queries: string[]][] = [
  ["/", "overview", ["", "tumor=carcinoid", "tumor=noncarcinoid&ci=log-log&level=90&test=peto-peto", "strata=sex&level=99"]],
  ["/cohort", "cohort", ["", "tumor=carcinoid&hormonal=active", "extrahepatic=present&hormonal=inactive", "tumor=noncarcinoid&hormonal=active&extrahepatic=absent"]],
  ["/safety", "safety", ["", "tumor=carcinoid", "tumor=noncarcinoid&level=90"]],
  ["/response", "response", ["", "tumor=carcinoid&hormonal=inactive", "hormonal=active&level=99"]],
  ["/methods", "methods", ["", "ci=plain&level=90", "test=peto-peto&strata=tumor"]],
  ["/trial-design", "trial-design", ["", "endpoint=os_embolization", "endpoint=ttp&hr=0.6&solve=duration"]]
];

// Each card's visible text, whitespace collapsed, without its buttons: a chart's patient-row download exists only where rows are published.
// Every one of these pages shows a card; a slow cell may not have put it in yet when the network is idle.
const cardTexts = async (page: Page) => {
  await page.locator("#observablehq-main .card").first().waitFor({timeout: 30_000});
  return page.locator("#observablehq-main .card").evaluateAll((cards) =>
    cards.map((card) => {
      const copy = card.cloneNode(true) as HTMLElement;
      for (const button of copy.querySelectorAll("button")) button.remove();
      return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
    })
  );
};

async function textsOf(path: string, query: string) {
  const session = await site.open(`${path}?${query}`);
  const texts = await cardTexts(session.page);
  await session.page.context().close();
  return {texts, errors: session.pageErrors};
}

describe.each(STATES)("%s", (path, statistics, queries) => {
  it.each(queries)("shows the same card text with and without ?data=aggregates (state: %s)", async (query) => {
    const rows = await textsOf(path, query);
    const aggregates = await textsOf(path, [query, "data=aggregates"].filter(Boolean).join("&"));
    expect(rows.errors).toEqual([]);
    expect(aggregates.errors).toEqual([]);
    expect(rows.texts.length).toBeGreaterThan(0);
    expect(rows.texts.join(" ")).toMatch(/\d/);
    expect(aggregates.texts).toEqual(rows.texts);
  });

  it("in aggregate mode reads no patient or procedure rows, works when those files hold their header alone, and downloads its own statistics file alone", async () => {
    const {browser, origin} = site;
    const context = await browser.newContext({viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    const rowFiles: string[] = [];
    const statisticsFiles: string[] = [];
    const errors: string[] = [];
    page.on("request", (request) => {
      const name = /\/_file\/data\/page-statistics(.*)\.[0-9a-f]+\.json$/.exec(new URL(request.url()).pathname)?.[1];
      if (name !== undefined) statisticsFiles.push(name);
    });
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.route(/\/_file\/data\/(patients|procedures)\.[0-9a-f]+\.csv$/, async (route) => {
      rowFiles.push(route.request().url());
      const response = await route.fetch();
      const header = (await response.text()).split("\n")[0];
      await route.fulfill({response, body: `${header}\n`});
    });
    await page.goto(`${origin}${path}?data=aggregates`, {waitUntil: "networkidle"});
    await page.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0, null, {timeout: 30_000});
    const texts = await cardTexts(page);
    await context.close();
    expect(errors).toEqual([]);
    expect(rowFiles).toEqual([]);
    expect(statisticsFiles).toEqual([`/${statistics}`]);
    expect(texts).toEqual((await textsOf(path, "")).texts);
  });
});

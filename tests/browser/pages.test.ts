import {mkdirSync} from "node:fs";
import {beforeAll, describe, expect, it} from "vitest";
import {builtSite} from "./built-site.js";
import {PHONE, settle} from "./page-session.js";
import {sitePages, slug} from "./site-pages.js";

const SCREENSHOTS = "test-results/screenshots";
const site = builtSite();

beforeAll(() => {
  mkdirSync(SCREENSHOTS, {recursive: true});
});

describe.each(sitePages)("page $path", ({path}) => {
  it("loads cleanly: 200, no error cell, no page error, nothing from another origin, no 4xx", async () => {
    const session = await site.open(path);
    const {page} = session;
    expect(session.response?.status()).toBe(200);
    expect(await page.locator(".observablehq--error").allTextContents()).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
    expect(session.badResponses).toEqual([]);
    expect(await page.locator("#observablehq-main figure svg, #observablehq-main svg[role=img], #observablehq-main svg.plot-d6a7b5").count()).toBeGreaterThan(0);
    await page.screenshot({path: `${SCREENSHOTS}/${slug(path)}.png`, fullPage: true});
    await page.context().close();
  });

  it("renders in the dark theme", async () => {
    const session = await site.open(path, {colorScheme: "dark"});
    const {page} = session;
    expect(await page.locator(".observablehq--error").count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
    const luminance = await page.evaluate(() => {
      const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    });
    expect(luminance).toBeLessThan(0.3);
    await page.screenshot({path: `${SCREENSHOTS}/${slug(path)}-dark.png`, fullPage: true});
    await page.context().close();
  });

  it("fits a phone screen: nothing widens the page, wide tables scroll inside their cards", async () => {
    const session = await site.open(path, {viewport: PHONE});
    const {page} = session;
    expect(session.pageErrors).toEqual([]);
    const widths = await page.evaluate(() => ({page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth}));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    const cutCaptions = await page.locator(".card caption").evaluateAll((captions) =>
      captions.filter((c) => c.getBoundingClientRect().right > c.closest(".card")!.getBoundingClientRect().right).map((c) => c.textContent)
    );
    expect(cutCaptions, "captions wrap inside their card").toEqual([]);
    await page.screenshot({path: `${SCREENSHOTS}/${slug(path)}-phone.png`, fullPage: true});
    await page.context().close();
  });

  it("responds to its first control", async () => {
    const session = await site.open(path);
    const {page} = session;
    const main = page.locator("#observablehq-main");
    const control = main.locator("form input[type=radio]:not(:checked), form select, form input[type=checkbox]").first();
    expect(await control.count(), "each page offers at least one control").toBe(1);
    const snapshot = () => main.locator("figure, svg, table").evaluateAll((nodes) => nodes.map((n) => n.outerHTML).join(""));
    const before = await snapshot();
    const tag = await control.evaluate((el) => el.tagName.toLowerCase());
    if (tag === "select") {
      const values = await control.locator("option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      const current = await control.inputValue();
      await control.selectOption(values.find((v) => v !== current)!);
    } else {
      await control.click();
    }
    // Cells re-run asynchronously after the input event: wait for the redraw.
    await expect.poll(snapshot, {timeout: 10_000}).not.toBe(before);
    await settle(page);
    expect(session.pageErrors).toEqual([]);
    expect(await page.locator(".observablehq--error").count()).toBe(0);
    await page.context().close();
  });
});

// A table that scrolls sideways shades the edge with more columns beyond it
// (src/style.css), in both themes: on a phone the tables of /cohort and
// /explore overflow and show the shade at their right edge, then at their left
// once scrolled to the end; at desktop width they fit and show none. The shade
// is found as the pixels that change when the table's background is set to
// its plain cover colour, so only the cue is measured, not the columns.
import type {Locator, Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {builtSite} from "./built-site.js";
import {PHONE} from "./page-session.js";

const site = builtSite();
const DESKTOP = {width: 1280, height: 900};
const TABLES = ".km-chart-numbers table, .stat-table, .landmark-table, .design-table";
const EDGE = 16;

interface Cue {
  overflows: boolean;
  /** Pixels the cue changes within EDGE px of each edge, and between. */
  left: number;
  right: number;
  between: number;
}

/** The cue on a table, at its current scroll position. */
async function cueOf(page: Page, table: Locator): Promise<Cue> {
  await table.evaluate((el) => el.scrollIntoView({block: "start", behavior: "instant"}));
  const box = (await table.boundingBox())!;
  const clip = {x: Math.round(box.x), y: Math.round(box.y), width: Math.floor(box.width), height: Math.min(Math.floor(box.height), 400)};
  const shot = async () => (await page.screenshot({clip, animations: "disabled", caret: "hide"})).toString("base64");
  const withCue = await shot();
  await table.evaluate((el) => el.style.setProperty("background", "var(--scroll-cover)"));
  const plain = await shot();
  await table.evaluate((el) => el.style.removeProperty("background"));
  const overflows = await table.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
  const changed = await page.evaluate(async ([a, b]) => {
    const pixels = async (base64: string) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], {type: "image/png"}));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext("2d")!;
      context.drawImage(bitmap, 0, 0);
      return context.getImageData(0, 0, bitmap.width, bitmap.height);
    };
    const [p, q] = [await pixels(a), await pixels(b)];
    const columns = new Array<number>(p.width).fill(0);
    for (let i = 0; i < p.data.length; i += 4) {
      const difference = Math.abs(p.data[i] - q.data[i]) + Math.abs(p.data[i + 1] - q.data[i + 1]) + Math.abs(p.data[i + 2] - q.data[i + 2]);
      if (difference > 6) columns[(i / 4) % p.width] += 1;
    }
    return columns;
  }, [withCue, plain] as const);
  const sum = (from: number, to: number) => changed.slice(from, to).reduce((n, c) => n + c, 0);
  return {overflows, left: sum(0, EDGE), right: sum(changed.length - EDGE, changed.length), between: sum(EDGE, changed.length - EDGE)};
}

describe.each(["/cohort", "/explore"])("tables of %s", (path) => {
  it.each(["light", "dark"] as const)("on a 390 px phone, %s theme: every table that overflows shades the edge with more columns, and only that edge", async (colorScheme) => {
    const {page, pageErrors} = await site.open(path, {viewport: PHONE, colorScheme});
    const tables = page.locator(TABLES).locator("visible=true");
    const count = await tables.count();
    expect(count).toBeGreaterThan(0);
    let overflowing = 0;
    for (let k = 0; k < count; ++k) {
      const table = tables.nth(k);
      const atStart = await cueOf(page, table);
      if (!atStart.overflows) {
        expect(atStart, `table ${k} fits: no cue`).toMatchObject({left: 0, right: 0, between: 0});
        continue;
      }
      overflowing += 1;
      expect(atStart.right, `table ${k}: the right edge is shaded`).toBeGreaterThan(20);
      expect(atStart.left, `table ${k}: nothing to the left yet`).toBe(0);
      expect(atStart.between, `table ${k}: the cue stays at the edge`).toBe(0);
      await table.evaluate((el) => el.scrollTo({left: el.scrollWidth, behavior: "instant"}));
      const atEnd = await cueOf(page, table);
      expect(atEnd.right, `table ${k} scrolled to its end: the right edge is not shaded`).toBe(0);
      expect(atEnd.left, `table ${k} scrolled to its end: the left edge is shaded`).toBeGreaterThan(20);
      await table.evaluate((el) => el.scrollTo({left: 0, behavior: "instant"}));
    }
    expect(overflowing, "some table overflows a phone").toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("at 1280 px the tables fit and show no cue", async () => {
    const {page} = await site.open(path, {viewport: DESKTOP});
    const tables = page.locator(".stat-table").locator("visible=true");
    const count = await tables.count();
    expect(count).toBeGreaterThan(0);
    for (let k = 0; k < count; ++k) expect(await cueOf(page, tables.nth(k)), `stat-table ${k}`).toEqual({overflows: false, left: 0, right: 0, between: 0});
    await page.context().close();
  });
});

// Text on and beside the figures reads at WCAG AA (4.5:1) in both themes, the
// risk table at 12 px or more, and the dark theme keeps confidence bands and
// median guides visible. axe-core does not measure text inside SVG, so these
// ratios are computed here from the rendered colours.
import type {Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {builtSite} from "./built-site.js";

const site = builtSite();

/** In the page: WCAG contrast of two CSS colours, the first blended at `alpha` over the second. */
async function installContrast(page: Page): Promise<void> {
  await page.evaluate(() => {
    // Painting a pixel reads any CSS colour syntax (rgb(), color(srgb …), color-mix results) as 8-bit sRGB.
    const canvas = document.createElement("canvas").getContext("2d", {willReadFrequently: true})!;
    const rgb = (color: string): number[] => {
      canvas.clearRect(0, 0, 1, 1);
      canvas.fillStyle = color;
      canvas.fillRect(0, 0, 1, 1);
      return Array.from(canvas.getImageData(0, 0, 1, 1).data.slice(0, 3));
    };
    const luminance = (c: number[]) =>
      c.map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
    (window as unknown as {contrast: (fg: string, bg: string, alpha?: number) => number}).contrast = (fg, bg, alpha = 1) => {
      const b = rgb(bg);
      const f = rgb(fg).map((v, i) => alpha * v + (1 - alpha) * b[i]);
      const [hi, lo] = [luminance(f), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
  });
}

const cardBackground = (page: Page) => page.locator(".km-chart").first().evaluate((el) => getComputedStyle(el.closest(".card")!).backgroundColor);

describe.each(["light", "dark"] as const)("%s theme", (colorScheme) => {
  it("prints the risk table at 12 px or more and 4.5:1 or more against the card", async () => {
    const {page} = await site.open("/progression", {colorScheme});
    await installContrast(page);
    const background = await cardBackground(page);
    const texts = await page.locator(".km-chart svg.km-risk-table :is(text, tspan)").evaluateAll((nodes, bg) =>
      nodes.map((t) => {
        const style = getComputedStyle(t);
        return {text: t.textContent, size: parseFloat(style.fontSize), ratio: (window as unknown as {contrast: (a: string, b: string) => number}).contrast(style.fill, bg)};
      }),
      background
    );
    expect(texts.length).toBeGreaterThan(30);
    expect(texts.filter((t) => t.size < 12)).toEqual([]);
    expect(texts.filter((t) => t.ratio < 4.5)).toEqual([]);
    await page.context().close();
  });

  it("draws the chart settings' selects in the theme's colours, their text at 4.5:1 or more", async () => {
    const {page} = await site.open("/progression", {colorScheme});
    await installContrast(page);
    const selects = await page.locator(".km-chart-controls select").evaluateAll((nodes) =>
      nodes.map((select) => {
        const style = getComputedStyle(select);
        const contrast = (window as unknown as {contrast: (a: string, b: string) => number}).contrast;
        return {ratio: contrast(style.color, style.backgroundColor), againstPage: contrast(style.backgroundColor, getComputedStyle(document.body).backgroundColor)};
      })
    );
    expect(selects.length).toBeGreaterThanOrEqual(4);
    expect(selects.filter((s) => s.ratio < 4.5)).toEqual([]);
    // A light field on the dark page stands out as the one thing not in the theme.
    if (colorScheme === "dark") expect(selects.filter((s) => s.againstPage > 1.5)).toEqual([]);
    await page.context().close();
  });

  it("shows the test line bold in the foreground colour", async () => {
    const {page} = await site.open("/progression", {colorScheme});
    const line = await page.locator("[data-testid=arm-p]").evaluate((el) => ({weight: Number(getComputedStyle(el).fontWeight), color: getComputedStyle(el).color, body: getComputedStyle(document.body).color}));
    expect(line.weight).toBeGreaterThanOrEqual(700);
    expect(line.color).toBe(line.body);
    await page.context().close();
  });

  it("keeps confidence bands and median guides visible", async () => {
    const {page} = await site.open("/progression", {colorScheme});
    await installContrast(page);
    const background = await cardBackground(page);
    const marks = await page.locator(".km-chart").first().evaluate((chart, bg) => {
      const contrast = (window as unknown as {contrast: (a: string, b: string, alpha?: number) => number}).contrast;
      const bands = Array.from(chart.querySelectorAll("g.km-ci path"), (p) => contrast(getComputedStyle(p).fill, bg, Number(getComputedStyle(p.parentElement!).fillOpacity)));
      const medians = Array.from(chart.querySelectorAll("g.km-median line"), (l) => contrast(getComputedStyle(l).stroke, bg, Number(getComputedStyle(l.parentElement!).strokeOpacity)));
      return {bands, medians};
    }, background);
    expect(marks.bands.length).toBe(2);
    expect(marks.medians.length).toBeGreaterThanOrEqual(2);
    // A band is a tint, not a line. On the dark card the 15% band of the light theme (1.2:1 there) reached only about
    // 1.17:1 for the blue band, which is why the dark theme draws it denser.
    for (const ratio of marks.bands) expect(ratio).toBeGreaterThanOrEqual(colorScheme === "dark" ? 1.3 : 1.15);
    // Median guides are graphics that carry meaning: WCAG's 3:1 for non-text contrast.
    for (const ratio of marks.medians) expect(ratio).toBeGreaterThanOrEqual(3);
    await page.context().close();
  });

  it("labels the response bars at 4.5:1 or more against the bar under each label", async () => {
    const {page} = await site.open("/response", {colorScheme});
    await installContrast(page);
    const labels = await page.locator("svg[aria-label='Tumour status at one month by arm']").evaluate((svg) => {
      const contrast = (window as unknown as {contrast: (a: string, b: string) => number}).contrast;
      const bars = Array.from(svg.querySelectorAll("g[aria-label=bar] rect"));
      return Array.from(svg.querySelectorAll("g[aria-label=text] text"), (t) => {
        const box = t.getBoundingClientRect();
        const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
        const bar = bars.find((r) => {
          const b = r.getBoundingClientRect();
          return x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;
        });
        return {text: t.textContent, ratio: bar ? contrast(getComputedStyle(t).fill, getComputedStyle(bar).fill) : null};
      });
    });
    expect(labels.length).toBeGreaterThanOrEqual(4);
    for (const {text, ratio} of labels) expect(ratio, text ?? "").toBeGreaterThanOrEqual(4.5);
    await page.context().close();
  });
});

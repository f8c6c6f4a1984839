// The KM legend shows and hides each curve, kept in the URL over a reload;
// the risk table keeps every group.
import {describe, expect, it} from "vitest";
import {builtSite} from "./built-site.js";
import {settle} from "./page-session.js";

const site = builtSite();

describe("KM legend", () => {
  it("hides a curve and its band, keeps it hidden over a reload, and shows it again", async () => {
    const {page} = await site.open("/progression");
    const chart = page.locator(".km-chart").first();
    const strokes = () => chart.locator("svg[aria-label^='Kaplan'] g[aria-label=line] path").evaluateAll((paths) => paths.map((p) => p.getAttribute("stroke")));
    expect(await strokes()).toEqual(["#0072B2", "#D55E00"]);
    const bland = chart.getByRole("button", {name: "Bland embolization"});
    await bland.click();
    await expect.poll(() => new URL(page.url()).searchParams.get("hide")).toBe("bland");
    for (const round of ["after the click", "after a reload"]) {
      expect(await strokes(), round).toEqual(["#0072B2"]);
      expect(await chart.locator("g.km-ci path").count()).toBe(1);
      expect(await bland.getAttribute("aria-pressed")).toBe("false");
      expect(await chart.locator("svg.km-risk-table text").allTextContents()).toContain("Bland embolization");
      await page.reload({waitUntil: "networkidle"});
      await settle(page);
    }
    await bland.click();
    await expect.poll(() => new URL(page.url()).searchParams.has("hide")).toBe(false);
    expect(await strokes()).toEqual(["#0072B2", "#D55E00"]);
    expect(await bland.getAttribute("aria-pressed")).toBe("true");
    await page.context().close();
  });
});

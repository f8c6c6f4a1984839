// A face the page first shows after a change (the italic of a chart's notice,
// say) would be fetched then, and its arrival would lay the whole page out
// again: a change must never wait for a font. Every face a change can show is
// loaded with the page (observablehq.config.ts), so going through every tumour
// filter and Compare option on /progression, with each chart drawn, loads none.
import {describe, expect, it} from "vitest";
import {builtSite} from "./built-site.js";
import {formControl} from "./form-control.js";
import {drawEveryChart, settle} from "./page-session.js";

const site = builtSite();

describe("fonts loaded with the page", () => {
  it("no tumour filter or Compare option on /progression loads a font", async () => {
    const {page, pageErrors} = await site.open("/progression");
    await page.evaluate(`document.fonts.ready.then(() => {
      window.fontsLoadedLater = [];
      document.fonts.addEventListener("loadingdone", (event) => window.fontsLoadedLater.push(...event.fontfaces.map((face) => face.family + " " + face.style + " " + face.unicodeRange.slice(0, 12))));
    })`);
    const compares = await formControl(page, "Compare").locator("option").allTextContents();
    for (const compare of compares) {
      await formControl(page, "Compare").locator("select").selectOption({label: compare});
      for (const tumour of ["Carcinoid", "Noncarcinoid", "All"]) {
        await formControl(page, "Tumour type").getByRole("radio", {name: tumour, exact: true}).check();
        await settle(page);
        await drawEveryChart(page);
      }
    }
    expect(compares.length).toBeGreaterThan(5);
    expect(await page.evaluate("document.fonts.ready.then(() => window.fontsLoadedLater)")).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

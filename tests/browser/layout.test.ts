// Every page at phone (390 px) and desktop (1280 px) width, with the site's
// own faces: nothing widens the page, nothing spills past its card, except
// inside a box that scrolls, and no heading breaks a word but at a hyphen. CI runs these with Debian's DejaVu fonts
// installed, the widest common fallback; the self-hosted faces make the
// result the same without them.
import {describe, expect, it} from "vitest";
import {builtSite} from "./built-site.js";
import {PHONE} from "./page-session.js";
import {sitePages} from "./site-pages.js";

const site = builtSite();
const DESKTOP = {width: 1280, height: 900};

describe.each(sitePages)("page $path", ({path}) => {
  it.each([
    ["phone", PHONE],
    ["desktop", DESKTOP]
  ] as const)("fits a %s: no horizontal page scroll, nothing spills past its card, no heading word broken", async (_, viewport) => {
    const session = await site.open(path, {viewport});
    const {page} = session;
    const layout = await page.evaluate(async () => {
      await document.fonts.ready;
      const scrolls = (el: Element) => ["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(el).overflowX);
      const spills: string[] = [];
      for (const card of document.querySelectorAll("#observablehq-main .card")) {
        const right = card.getBoundingClientRect().right;
        for (const el of card.querySelectorAll("*")) {
          const box = el.getBoundingClientRect();
          if (box.width === 0 || box.right <= right + 1) continue;
          let clipped = false;
          for (let a = el.parentElement; a && a !== card; a = a.parentElement) if (scrolls(a)) clipped = true;
          if (!clipped) spills.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? `.${el.className.split(" ")[0]}` : ""}: ${(el.textContent ?? "").trim().slice(0, 40)} (${Math.round(box.right - right)} px)`);
        }
      }
      // A word of a heading on two lines, other than at a soft or hard hyphen ("Chemoembolizatio" / "n").
      const brokenWords: string[] = [];
      for (const heading of document.querySelectorAll("#observablehq-main :is(h1, h2, h3)")) {
        const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? "";
          for (const match of text.matchAll(/[^\s\u00ad-]+/g)) {
            // The line of the first and of the last letter; a letter after a soft hyphen's break also has a rect for the hyphen drawn on the line before.
            const lineOf = (at: number) => {
              const range = document.createRange();
              range.setStart(node!, at);
              range.setEnd(node!, at + 1);
              return Math.round([...range.getClientRects()].at(-1)?.top ?? 0);
            };
            if (lineOf(match.index) !== lineOf(match.index + match[0].length - 1)) brokenWords.push(`${heading.tagName.toLowerCase()}: ${match[0]}`);
          }
        }
      }
      return {
        brokenWords,
        page: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
        spills: spills.slice(0, 10),
        faces: ["Source Serif 4 Variable", "Source Sans 3 Variable"].filter((f) => document.fonts.check(`16px "${f}"`) && [...document.fonts].some((face) => face.family.replace(/"/g, "") === f && face.status === "loaded"))
      };
    });
    expect(layout.faces, "the self-hosted faces are loaded").toEqual(["Source Serif 4 Variable", "Source Sans 3 Variable"]);
    expect(layout.spills).toEqual([]);
    expect(layout.brokenWords).toEqual([]);
    expect(layout.page).toBeLessThanOrEqual(layout.viewport);
    expect(session.badResponses).toEqual([]);
    // Chromium logs a mark drawn with a negative size (a margin wider than the chart) as a console error.
    expect(session.consoleErrors).toEqual([]);
    await page.context().close();
  });
});

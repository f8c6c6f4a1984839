// Every page, light and dark, passes axe-core's WCAG checks, apart from two
// kinds of markup the site does not write: Framework's sidebar chrome (its
// toggle checkbox, its unlabelled <nav>, a <label> inside its <ol>) and the
// aria-label Observable Plot puts on each mark's <g> without a role.
import {readFileSync} from "node:fs";
import type {Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {builtSite} from "./built-site.js";
import {formControl} from "./form-control.js";
import {PHONE, settle} from "./page-session.js";
import {sitePages} from "./site-pages.js";
import {SET_ASIDE} from "../../src/components/set-aside.js";

const AXE = readFileSync("node_modules/axe-core/axe.min.js", "utf8");
const site = builtSite();

/** Each violating element as "rule: selector (summary)", leaving out what Framework's chrome and Plot's marks own. */
async function violations(path: string, colorScheme: "light" | "dark", use?: (page: Page) => Promise<void>, viewport?: {width: number; height: number}): Promise<string[]> {
  const {page, pageErrors} = await site.open(path, {colorScheme, viewport});
  await use?.(page);
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy
  // rightly refuses an injected inline <script>.
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    type AxeNode = {target: string[]; failureSummary?: string};
    type AxeResult = {violations: {id: string; nodes: AxeNode[]}[]};
    const axe = (window as unknown as {axe: {run: (context: Document, options: object) => Promise<AxeResult>}}).axe;
    const result = await axe.run(document, {resultTypes: ["violations"]});
    const frameworkChrome = (element: Element) => element.closest("#observablehq-sidebar, #observablehq-sidebar-toggle") !== null;
    const plotMarkGroup = (id: string, element: Element) => id === "aria-prohibited-attr" && element.tagName === "g" && element.closest("svg") !== null;
    return result.violations.flatMap(({id, nodes}) =>
      nodes
        .filter(({target}) => {
          const element = document.querySelector(target.join(" "));
          return !element || !(frameworkChrome(element) || plotMarkGroup(id, element));
        })
        .map(({target, failureSummary}) => `${id}: ${target.join(" ")} (${(failureSummary ?? "").split("\n").slice(1).join(" ").trim()})`)
    );
  });
  expect(pageErrors).toEqual([]);
  await page.context().close();
  return found;
}

describe.each(sitePages)("page $path", ({path}) => {
  it.each(["light", "dark"] as const)("has no accessibility violations of its own in the %s theme", async (scheme) => {
    expect(await violations(path, scheme)).toEqual([]);
  });
  it("has none on a phone either, where wide tables scroll", async () => {
    expect(await violations(path, "light", undefined, PHONE)).toEqual([]);
  });
});

// A filter change on /progression sets the last view's charts aside in the page (kept-chart-slot.ts), hidden but
// holding their buttons and fields: none of them may be reachable or announced.
describe("/progression after a filter change", () => {
  it("has no accessibility violations of its own with the last view's charts set aside", async () => {
    const found = await violations("/progression", "light", async (page) => {
      for (const option of ["Carcinoid", "Noncarcinoid"]) {
        await formControl(page, "Tumour type").getByRole("radio", {name: option, exact: true}).check();
        await settle(page);
      }
      expect(await page.locator(`${SET_ASIDE} button`).count()).toBeGreaterThan(0);
    });
    expect(found).toEqual([]);
  });
});

// A figure quoted from the paper, beside results for a filtered subset, says it
// describes the whole cohort; without a filter it reads as before.
import {describe, expect, it} from "vitest";
import {builtSite} from "./built-site.js";

const site = builtSite();

// Each page, a filter it offers, and a quoted figure on it.
const QUOTES = [
  ["/", "tumor=carcinoid", "The paper reported", "a trend toward longer TTP"],
  ["/safety", "tumor=noncarcinoid", "The paper reports", "1.4% (3 of 219)"],
  ["/response", "hormonal=active", "The paper reports", "66% versus 50%"],
  ["/response", "hormonal=active", "(paper", ": 92% and 93%)"],
  ["/survival", "extrahepatic=present", "The paper reports", "1-, 2-, 5- and 10-year survival"]
] as const;

describe.each(QUOTES)("%s with %s", (path, query, lead, quote) => {
  it(`says "${lead} … ${quote}" is the whole cohort's only when filtered`, async () => {
    for (const [suffix, expected] of [[`?${query}`, `${lead} for the whole cohort ${quote}`], ["", `${lead} ${quote}`]] as const) {
      const {page} = await site.open(`${path}${suffix}`);
      const text = (await page.locator("#observablehq-main").innerText()).replace(/\s+/g, " ");
      expect(text).toContain(expected.replace(/ :/, ":"));
      await page.context().close();
    }
  });
});

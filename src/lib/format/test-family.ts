// The words that go with a family of views (analysis/test-family.ts): how
// many views and tests a page's filters hold, and each test's adjusted P.
import type {TestFamily} from "../analysis/test-family.js";
import {formatP} from "./p-value.js";

/**
 * "The filters on this page show 9 views, with 36 distinct tests among them. …";
 * under MIN_CELL, how many views it withheld and over how many tests of the
 * views shown each P is adjusted.
 */
export function formatFamilyScope(family: Pick<TestFamily, "views" | "tests" | "hidden">): string {
  const {hidden} = family;
  if (hidden) {
    const shown = family.views - hidden.views;
    return `The filters on this page show ${family.views} views; ${hidden.views} of them hold fewer than ${hidden.minCell} patients and are withheld (MIN_CELL = ${hidden.minCell}). Beside each P value is its adjustment for the ${family.tests} distinct tests of the ${shown} ${shown === 1 ? "view" : "views"} shown, not for the withheld ones (Benjamini–Hochberg, R's p.adjust(p, "BH")): a nominal P below 0.05 in one subgroup is expected by chance alone.`;
  }
  return `The filters on this page show ${family.views} views, with ${family.tests} distinct tests among them. Beside each P value is its adjustment for all of them (Benjamini–Hochberg, R's p.adjust(p, "BH")): a nominal P below 0.05 in one subgroup is expected by chance alone.`;
}

/** "adjusted P = 0.41", or "" when the family has no P for this test. */
export function formatAdjustedP(family: TestFamily, key: string): string {
  const adjusted = family.adjusted(key);
  return adjusted === null ? "" : `adjusted ${formatP(adjusted)}`;
}

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
  const {hidden, tests} = family;
  const views = `The filters on this page show ${family.views} ${family.views === 1 ? "view" : "views"}`;
  const withheld = hidden ? `; ${hidden.views} of them hold fewer than ${hidden.minCell} patients and are withheld (MIN_CELL = ${hidden.minCell})` : "";
  // A family without tests (a cohort with one arm) has nothing to adjust: say so rather than count zero tests.
  if (tests === 0) return `${views}${withheld}. ${hidden ? "None of the views shown" : "None of them"} holds a test under these data, so no P value here is adjusted for multiplicity.`;
  const distinct = `${tests} distinct ${tests === 1 ? "test" : "tests"}`;
  if (hidden) {
    const shown = family.views - hidden.views;
    return `${views}${withheld}. Beside each P value is its adjustment for the ${distinct} of the ${shown} ${shown === 1 ? "view" : "views"} shown, not for the withheld ones (Benjamini–Hochberg, R's p.adjust(p, "BH")): a nominal P below 0.05 in one subgroup is expected by chance alone.`;
  }
  return `${views}, with ${distinct} among them. Beside each P value is its adjustment for all of them (Benjamini–Hochberg, R's p.adjust(p, "BH")): a nominal P below 0.05 in one subgroup is expected by chance alone.`;
}

/** "adjusted P = 0.41", or "" when the family has no P for this test. */
export function formatAdjustedP(family: TestFamily, key: string): string {
  const adjusted = family.adjusted(key);
  return adjusted === null ? "" : `adjusted ${formatP(adjusted)}`;
}

// The words that go with a family of views (analysis/test-family.ts): how
// many views and tests a page's filters hold, and each test's adjusted P.
import type {TestFamily} from "../analysis/test-family.js";
import {formatP} from "./p-value.js";

/** "The filters on this page show 9 views, with 36 distinct tests among them. …" */
export function formatFamilyScope(family: Pick<TestFamily, "views" | "tests">): string {
  return `The filters on this page show ${family.views} views, with ${family.tests} distinct tests among them. Beside each P value is its adjustment for all of them (Benjamini–Hochberg, R's p.adjust(p, "BH")): a nominal P below 0.05 in one subgroup is expected by chance alone.`;
}

/** "adjusted P = 0.41", or "" when the family has no P for this test. */
export function formatAdjustedP(family: TestFamily, key: string): string {
  const adjusted = family.adjusted(key);
  return adjusted === null ? "" : `adjusted ${formatP(adjusted)}`;
}

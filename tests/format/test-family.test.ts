import {expect, it} from "vitest";
import {testFamily} from "../../src/lib/analysis/test-family.js";
import {formatAdjustedP, formatFamilyScope} from "../../src/lib/format/test-family.js";

it("says how many views and tests a page holds, and prints an adjusted P or nothing", () => {
  const family = testFamily([0, 1, 2], (i) => [{key: `k${i % 2}`, p: () => (i % 2 ? 0.02 : 0.03)}]);
  expect(formatFamilyScope(family)).toMatch(/^The filters on this page show 3 views, with 2 distinct tests among them\. Beside each P value is its adjustment .*Benjamini–Hochberg/);
  expect(formatAdjustedP(family, "k0")).toBe("adjusted P = 0.03");
  expect(formatAdjustedP(family, "k1")).toBe("adjusted P = 0.03");
  expect(formatAdjustedP(family, "none")).toBe("");
});

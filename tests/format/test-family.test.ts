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

it("under MIN_CELL, says how many views are withheld and over how many tests of the shown ones it adjusts", () => {
  expect(formatFamilyScope({views: 9, tests: 10, hidden: {views: 5, minCell: 25}})).toBe(
    `The filters on this page show 9 views; 5 of them hold fewer than 25 patients and are withheld (MIN_CELL = 25). Beside each P value is its adjustment for the 10 distinct tests of the 4 views shown, not for the withheld ones (Benjamini–Hochberg, R's p.adjust(p, "BH")): a nominal P below 0.05 in one subgroup is expected by chance alone.`
  );
  expect(formatFamilyScope({views: 3, tests: 2, hidden: {views: 2, minCell: 30}})).toContain("the 2 distinct tests of the 1 view shown");
});

it("says a family without tests adjusts nothing, rather than counting zero tests", () => {
  expect(formatFamilyScope({views: 9, tests: 0})).toBe(
    "The filters on this page show 9 views. None of them holds a test under these data, so no P value here is adjusted for multiplicity."
  );
  expect(formatFamilyScope({views: 9, tests: 0, hidden: {views: 5, minCell: 10}})).toBe(
    "The filters on this page show 9 views; 5 of them hold fewer than 10 patients and are withheld (MIN_CELL = 10). None of the views shown holds a test under these data, so no P value here is adjusted for multiplicity."
  );
  expect(formatFamilyScope({views: 3, tests: 1})).toContain("with 1 distinct test among them");
});

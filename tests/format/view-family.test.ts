import {expect, it} from "vitest";
import type {ViewFamily, ViewState} from "../../src/lib/analysis/view-family.js";
import {formatViewFamily} from "../../src/lib/format/view-family.js";

const state: ViewState = {filters: {}, endpoint: "ttp", groupBy: "arm"};
const family = (views: number, tests: number, adjusted: number | null): ViewFamily => ({views, tests, adjusted: () => adjusted});

it("places a view in its family with its adjusted P", () => {
  expect(formatViewFamily(family(18, 6, 0.41), state)).toBe(
    "This view is one of 18 that the controls on this page show, with 6 distinct tests among them: adjusted for all of them (Benjamini–Hochberg), P = 0.41. A nominal P below 0.05 in one subgroup is expected by chance alone."
  );
  expect(formatViewFamily(family(18, 1, null), state)).toBe("This view is one of 18 that the controls on this page show, with 1 distinct test among them.");
});

it("says a family without tests holds none, rather than counting zero tests", () => {
  expect(formatViewFamily(family(18, 0, null), state)).toBe("This view is one of 18 that the controls on this page show; none of them holds a test under these data.");
});

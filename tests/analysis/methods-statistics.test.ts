import {expect, it} from "vitest";
import {compareSurvival} from "../../src/lib/analysis/compare-survival.js";
import {methodsStatistics} from "../../src/lib/analysis/methods-statistics.js";
import {patients} from "./reference-cohort.js";

it("compares TTP by arm in the whole cohort under the conventions", () => {
  const state = {confType: "plain", confLevel: 0.99, rho: 1, strata: "tumor"} as const;
  const c = compareSurvival(patients, {endpoint: "ttp", groupBy: "arm", ...state});
  expect(methodsStatistics(patients, state)).toEqual({curves: {curves: c.curves, landmarks: c.landmarks}, test: {test: c.test, testName: c.testName, note: c.note}});
  expect(c.testName).toContain("Peto–Peto");
});

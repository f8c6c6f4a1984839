import {expect, it} from "vitest";
import {compareSurvival} from "../../src/lib/analysis/compare-survival.js";
import {filterPatients} from "../../src/lib/analysis/filter-patients.js";
import {interactionTest} from "../../src/lib/analysis/interaction-test.js";
import {overviewStatistics} from "../../src/lib/analysis/overview-statistics.js";
import {patients, procedures} from "./reference-cohort.js";

it("counts the cohort and compares TTP and survival by arm under the conventions", () => {
  const s = overviewStatistics(patients, procedures, {tumor: "all", confType: "log", confLevel: 0.95, rho: 0, strata: null});
  expect(s.counts).toMatchObject({patients: 67, chemoembolization: 44, bland: 23, procedures: 219, deaths30: 3});
  const ttp = compareSurvival(patients, {endpoint: "ttp", groupBy: "arm"});
  expect(s.curves.ttp.curves).toEqual(ttp.curves);
  expect(s.tests.ttp).toEqual({test: ttp.test, testName: "log-rank", note: ttp.note});
  expect(s.interaction.p).toBe(interactionTest(patients, {endpoint: "ttp"}).result?.p);
});

it("filters everything but the interaction test, which is about the whole cohort", () => {
  const s = overviewStatistics(patients, procedures, {tumor: "carcinoid", confType: "log-log", confLevel: 0.9, rho: 1, strata: "sex"});
  const carcinoid = filterPatients(patients, {tumor: "carcinoid"});
  expect(s.counts.patients).toBe(carcinoid.length);
  expect(s.tests.os.testName).toBe(compareSurvival(carcinoid, {endpoint: "os_embolization", groupBy: "arm", rho: 1, strata: "sex"}).testName);
  expect(s.curves.os.curves[0].fit?.confType).toBe("log-log");
  expect(s.ttpEffects.confLevel).toBe(0.9);
  expect(s.interaction.groups).toEqual(interactionTest(patients, {endpoint: "ttp", confLevel: 0.9}).groups);
});

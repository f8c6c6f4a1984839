import {expect, it} from "vitest";
import {responseTests} from "../../src/lib/analysis/response-tests.js";
import {compareProportions} from "../../src/lib/analysis/two-by-two.js";
import {mannWhitneyU, tTest} from "../../src/lib/stats/index.js";
import {patients} from "./reference-cohort.js";

it("tests regression by arm among assessed patients, and the months of relief by t and Mann–Whitney", () => {
  const r = responseTests(patients);
  const assessed = patients.filter((p) => p.response_1mo !== null);
  expect(r.assessed).toEqual(assessed);
  expect(r.regression).toEqual(compareProportions(assessed, (p) => p.arm, (p) => p.response_1mo === "regression"));
  expect(r.tests.regression.p()).toBe(r.regression.fisherP);
  const months = (arm: string) => patients.filter((p) => p.arm === arm && p.symptom_relief === 1 && p.symptom_relief_months !== null).map((p) => p.symptom_relief_months!);
  expect(r.duration.chemo).toEqual(months("chemoembolization"));
  expect(r.duration.t!.p).toBe(tTest(months("chemoembolization"), months("bland"), {varEqual: true}).p);
  expect(r.duration.rank!.p).toBe(mannWhitneyU(months("chemoembolization"), months("bland")).p);
  expect(r.tests.durationT.p()).toBe(r.duration.t!.p);
  expect(r.duration.note).toBeNull();
});

it("gives no duration test with fewer than 5 relieved patients in an arm, and says why", () => {
  const threeBland = patients.filter((p) => p.arm === "bland" && p.symptom_relief === 1).slice(0, 3);
  const r = responseTests([...patients.filter((p) => p.arm === "chemoembolization"), ...threeBland]);
  expect(r.duration.bland).toHaveLength(3);
  expect(r.duration.t).toBeNull();
  expect(r.duration.rank).toBeNull();
  expect(r.tests.durationT.p()).toBeNull();
  expect(r.duration.note).toMatch(/^Fewer than 5 relieved patients in bland embolization \(3\): no test/);
});

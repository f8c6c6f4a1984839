import {expect, it} from "vitest";
import {interactionTest} from "../../src/lib/analysis/interaction-test.js";
import {coxPH} from "../../src/lib/survival/index.js";
import {patients} from "./reference-cohort.js";
import {patients as smallCohort} from "./small-cohort.js";

it("tests the arm × tumour-type product term of a Cox model", () => {
  const result = interactionTest(patients, {endpoint: "os_embolization"});
  const chemo = patients.map((p) => (p.arm === "chemoembolization" ? 1 : 0));
  const carcinoid = patients.map((p) => (p.primary_tumor === "carcinoid" ? 1 : 0));
  const model = coxPH({
    time: patients.map((p) => p.os_months),
    event: patients.map((p) => p.os_event),
    covariates: {chemoembolization: chemo, carcinoid, "chemoembolization:carcinoid": chemo.map((c, i) => c * carcinoid[i])}
  });
  expect(result.model!.coef).toEqual(model.coef);
  if (model.p[2] === null) {
    expect(result.result).toBeNull();
    expect(result.note).toMatch(/cannot be estimated/);
  } else {
    expect(result.result!.p).toBe(model.p[2]);
  }
});

it("explains when there is nothing to compare", () => {
  const result = interactionTest(patients.filter((p) => p.arm === "bland"), {endpoint: "ttp"});
  expect(result.result).toBeNull();
  expect(result.hrCarcinoid).toBe("not estimable");
  expect(result.note).toMatch(/^Fewer than 5 patients in chemoembolization, carcinoid \(0\) and chemoembolization, noncarcinoid \(0\) under these filters: no interaction test/);
});

it("gives no interaction test when an arm × tumour-type cell has fewer than 5 patients, and names the cells", () => {
  const result = interactionTest(smallCohort, {endpoint: "os_embolization"});
  expect(result.groups.some((n) => n < 5)).toBe(true);
  expect(result.result).toBeNull();
  expect(result.model).toBeNull();
  expect(result.note).toMatch(/^Fewer than 5 patients in .*\(\d\).* no interaction test/);
  // The reference cohort's TTP cells are all large enough: the paper's analysis stands.
  const ttp = interactionTest(patients, {endpoint: "ttp"});
  expect(Math.min(...ttp.groups)).toBeGreaterThanOrEqual(5);
  expect(ttp.result).not.toBeNull();
});

it("gives the within-type hazard ratios at the chosen confidence level", () => {
  const at90 = interactionTest(patients, {endpoint: "os_embolization", confLevel: 0.9});
  const carcinoid = patients.filter((p) => p.primary_tumor === "carcinoid");
  const fit = coxPH(
    {time: carcinoid.map((p) => p.os_months), event: carcinoid.map((p) => p.os_event), covariates: {chemoembolization: carcinoid.map((p) => (p.arm === "chemoembolization" ? 1 : 0))}},
    {confLevel: 0.9}
  );
  expect(at90.hrCarcinoid).toBe(`${fit.hr[0]!.toFixed(2)} (90% CI ${fit.lower[0]!.toFixed(2)}–${fit.upper[0]!.toFixed(2)})`);
  expect(interactionTest(patients, {endpoint: "os_embolization"}).hrCarcinoid).toMatch(/\(95% CI /);
});

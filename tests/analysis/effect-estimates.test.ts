// Effect estimates on the reference cohort equal R's: coxph (Efron) hazard
// ratios with Wald CI and P and cox.zph's test, and survRM2's rmst2
// difference at its default tau, for every endpoint and every subset the pages offer
// (tests/fixtures/reconstruction.R writes tests/fixtures/reconstruction-r.json).
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import type {GroupBy} from "../../src/lib/analysis/compare-survival.js";
import {effectEstimates, type HazardRatio, type RmstDifference} from "../../src/lib/analysis/effect-estimates.js";
import type {EndpointId} from "../../src/lib/analysis/endpoints.js";
import {parsePatients} from "../../src/lib/analysis/parse-cohort-csv.js";
import {tumorType, type PatientRow} from "../../src/lib/analysis/patient-row.js";
import {REFERENCE_COHORT_DIR} from "../reconstruction/reference-cohort.js";
import {patients as smallCohort} from "./small-cohort.js";
import {riskTableRows, warnedFinite} from "./warned-finite-cox.js";

type RmstFields = Pick<RmstDifference, "tau" | "first" | "second" | "difference" | "lower" | "upper" | "p">;
const R: {effects: Record<string, {hazardRatio: HazardRatio; rmst: RmstFields}>; ttpRmstAtTau: RmstFields[]; ttpRmstPastTauMax: string} = JSON.parse(readFileSync("tests/fixtures/reconstruction-r.json", "utf8"));
const reference = parsePatients(readFileSync(`${REFERENCE_COHORT_DIR}/patients.csv`, "utf8"));

const SUBSETS: Partial<Record<GroupBy, [string, (p: PatientRow) => boolean][]>> = {
  arm: [["all", () => true], ["carcinoid", (p) => tumorType(p) === "carcinoid"], ["noncarcinoid", (p) => tumorType(p) === "noncarcinoid"]],
  tumor: [["all", () => true], ["chemoembolization", (p) => p.arm === "chemoembolization"], ["bland", (p) => p.arm === "bland"]]
};

function expectCloseFields(actual: object, expected: object, label: string) {
  for (const [key, value] of Object.entries(expected)) {
    const mine = (actual as Record<string, unknown>)[key];
    if (typeof value === "object") expectCloseFields(mine as object, value, `${label} ${key}`);
    else expect(mine as number, `${label} ${key}`).toBeCloseTo(value as number, 9);
  }
}

describe("effectEstimates", () => {
  it("equals R's coxph hazard ratio, cox.zph test and rmst2 difference for every endpoint, subset and confidence level", () => {
    let checked = 0;
    for (const key of Object.keys(R.effects)) {
      const [endpoint, groupBy, subset, level] = key.split("|") as [EndpointId, GroupBy, string, string];
      const keep = SUBSETS[groupBy]!.find(([name]) => name === subset)![1];
      const got = effectEstimates(reference.filter(keep), {endpoint, groupBy, confLevel: Number(level)});
      expect(got.note, key).toBeNull();
      expectCloseFields(got.hazardRatio!, R.effects[key].hazardRatio, `${key} hazard ratio`);
      expectCloseFields(got.rmst!, R.effects[key].rmst, `${key} rmst`);
      checked += 1;
    }
    expect(checked).toBe(60);
  });

  it("names the groups: chemoembolization or carcinoid first", () => {
    expect(effectEstimates(reference, {endpoint: "ttp", groupBy: "arm"})).toMatchObject({first: "chemoembolization", second: "bland", confLevel: 0.95});
    expect(effectEstimates(reference, {endpoint: "ttp", groupBy: "tumor"})).toMatchObject({first: "carcinoid", second: "noncarcinoid"});
  });

  it("gives no estimates, and says why, when a group has no patients", () => {
    const got = effectEstimates(reference.filter((p) => p.arm === "bland"), {endpoint: "os_embolization", groupBy: "arm"});
    expect(got).toMatchObject({hazardRatio: null, rmst: null, note: "No chemoembolization patients under these filters: no effect estimates."});
    expect(effectEstimates([], {endpoint: "ttp", groupBy: "tumor"}).note).toBe("No carcinoid or noncarcinoid patients under these filters: no effect estimates.");
  });

  it("keeps the restricted means but gives no hazard ratio when a group has no events", () => {
    const censored = reference.map((p) => (p.arm === "bland" ? {...p, os_event: 0 as const} : p));
    const got = effectEstimates(censored, {endpoint: "os_embolization", groupBy: "arm"});
    expect(got.hazardRatio).toBeNull();
    expect(got.rmst!.difference).toBeCloseTo(got.rmst!.first - got.rmst!.second, 12);
    expect(got.note).toBe("No events among bland embolization patients under these filters: no hazard ratio, which would be infinite or zero.");
  });

  it("gives no hazard ratio when the Cox fit drifts off to infinity", () => {
    // Every chemoembolization progression comes while all bland patients are at risk, and the bland ones after them all.
    const rows = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((months, i) => ({...reference[i], arm: i < 5 ? ("chemoembolization" as const) : ("bland" as const), ttp_months: months, ttp_event: 1 as const}));
    const got = effectEstimates(rows, {endpoint: "ttp", groupBy: "arm"});
    expect(got.hazardRatio).toBeNull();
    expect(got.rmst).not.toBeNull();
    expect(got.note).toBe("No hazard ratio under these filters: the Cox likelihood keeps rising as the ratio runs off to infinity or zero (R's coxph: \"coefficient may be infinite\").");
  });

  it("gives R's hazard ratio near 1 where coxph warns 'coefficient may be infinite' but the likelihood peaks (rows weighted by hundreds or thousands)", () => {
    expect(warnedFinite.map((c) => c.name)).toHaveLength(3);
    for (const c of warnedFinite) {
      const got = effectEstimates(riskTableRows(c), {endpoint: "ttp", groupBy: "arm"});
      expect(got.note, c.name).toBeNull();
      const {estimate, lower, upper} = got.hazardRatio!;
      expect(Math.abs(Math.log(estimate) - c.coef), `${c.name}: log HR ${Math.log(estimate)} vs R ${c.coef}`).toBeLessThanOrEqual(1e-6 * Math.abs(c.coef));
      const z = 1.959963984540054;
      expect(lower, c.name).toBeCloseTo(Math.exp(c.coef - z * c.se), 7);
      expect(upper, c.name).toBeCloseTo(Math.exp(c.coef + z * c.se), 7);
    }
  });

  it("gives a restricted mean of 0 to a group that all progressed at 0 months, and no estimates when every group did", () => {
    // Patients who never stabilized have TTP 0 with an event: that curve drops to 0 at once.
    const rows = reference.filter((p) => p.ttp_months !== null).map((p) => (p.arm === "bland" ? {...p, ttp_months: 0, ttp_event: 1 as const} : p));
    const {rmst} = effectEstimates(rows, {endpoint: "ttp", groupBy: "arm"});
    expect(rmst).toMatchObject({second: 0, tauRule: "longer"});
    const allZero = rows.map((p) => ({...p, ttp_months: 0, ttp_event: 1 as const}));
    expect(effectEstimates(allZero, {endpoint: "ttp", groupBy: "arm"})).toMatchObject({
      hazardRatio: null,
      rmst: null,
      note: "One group's times are all 0 months under these filters: no effect estimates."
    });
  });

  it("gives neither estimate, and says why, when a group has fewer than 5 patients", () => {
    const rows = smallCohort.filter((p) => p.ttp_months !== null);
    expect(rows.filter((p) => p.arm === "bland")).toHaveLength(4);
    expect(effectEstimates(rows, {endpoint: "ttp", groupBy: "arm"})).toMatchObject({
      hazardRatio: null,
      rmst: null,
      note: "Fewer than 5 patients in bland embolization (4) under these filters: no hazard ratio or restricted means, since they would turn on one or two patients."
    });
  });

  it("takes survRM2 1.0-4's default tau: TTP by arm runs to the longer follow-up, since the bland curve ended at 0", () => {
    const {rmst} = effectEstimates(reference, {endpoint: "ttp", groupBy: "arm"});
    expect(rmst).toMatchObject({tau: 112.2, tauMax: 112.2, tauRule: "longer", fewAtRisk: [{group: "chemoembolization", n: 1}]});
    const carcinoidByType = effectEstimates(reference.filter((p) => p.arm === "bland"), {endpoint: "ttp", groupBy: "tumor"}).rmst!;
    expect(carcinoidByType.tauRule).toBe("longer");
    const os = effectEstimates(reference, {endpoint: "os_embolization", groupBy: "arm"}).rmst!;
    expect(os.tau).toBe(Math.min(...["chemoembolization", "bland"].map((arm) => Math.max(...reference.filter((p) => p.arm === arm).map((p) => p.os_months)))));
  });

  it("equals rmst2 at a chosen tau, and refuses a tau past what the data support", () => {
    for (const expected of R.ttpRmstAtTau) {
      const {rmst, note} = effectEstimates(reference, {endpoint: "ttp", groupBy: "arm", tau: expected.tau});
      expect(note, `tau ${expected.tau}`).toBeNull();
      expect(rmst!.tauRule).toBe("chosen");
      expectCloseFields(rmst!, expected, `tau ${expected.tau}`);
    }
    expect(R.ttpRmstPastTauMax).toBe("The truncation time, tau, needs to be shorter than or equal to  112.2");
    const past = effectEstimates(reference, {endpoint: "ttp", groupBy: "arm", tau: 113});
    expect(past.rmst).toBeNull();
    expect(past.hazardRatio).not.toBeNull();
    expect(past.note).toBe("No restricted means at τ = 113 months: these data support τ up to 112.2 months, where the curves are still known.");
  });
});

it("a registry-sized cohort, more rows per arm than a call takes as arguments, gets its estimates, as the reference cohort copied", () => {
  // The reference cohort 4,000 times over (268,000 rows): the same curves, so the same restricted means and tau; Efron's
  // hazard ratio moves with the ties the copies make, so it is only checked to be there.
  const copies = 4000;
  const many = Array.from({length: copies}, () => reference).flat();
  const once = effectEstimates(reference, {endpoint: "ttp", groupBy: "arm"});
  const all = effectEstimates(many, {endpoint: "ttp", groupBy: "arm"});
  expect(all.hazardRatio!.estimate).toBeGreaterThan(0);
  expect(all.hazardRatio!.upper).toBeLessThan(once.hazardRatio!.upper);
  expect(all.rmst!.tau).toBe(once.rmst!.tau);
  expect(all.rmst!.tauRule).toBe(once.rmst!.tauRule);
  expect(all.rmst!.difference).toBeCloseTo(once.rmst!.difference, 9);
});

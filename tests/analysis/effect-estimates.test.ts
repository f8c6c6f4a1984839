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

const R: {effects: Record<string, {hazardRatio: HazardRatio; rmst: RmstDifference}>} = JSON.parse(readFileSync("tests/fixtures/reconstruction-r.json", "utf8"));
const reference = parsePatients(readFileSync(`${REFERENCE_COHORT_DIR}/patients.csv`, "utf8"));

const SUBSETS: Record<GroupBy, [string, (p: PatientRow) => boolean][]> = {
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
      const keep = SUBSETS[groupBy].find(([name]) => name === subset)![1];
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
    expect(got.note).toBe("No events among bland embolization patients under these filters: no hazard ratio.");
  });

  it("gives no hazard ratio when the Cox fit drifts off to infinity", () => {
    // Every chemoembolization progression comes while the bland patient is at risk, and the bland one after them all.
    const rows = [1, 2, 3].map((months, i) => ({...reference[i], arm: i < 2 ? ("chemoembolization" as const) : ("bland" as const), ttp_months: months, ttp_event: 1 as const}));
    const got = effectEstimates(rows, {endpoint: "ttp", groupBy: "arm"});
    expect(got.hazardRatio).toBeNull();
    expect(got.rmst).not.toBeNull();
    expect(got.note).toBe("The hazard ratio cannot be estimated under these filters: the Cox fit does not converge.");
  });

  it("says why when a group was followed for no time at all", () => {
    // Patients who never stabilized have TTP 0: a group of only those has nothing to restrict a mean to.
    const rows = smallCohort.filter((p) => p.ttp_months !== null && (p.arm === "chemoembolization" || p.ttp_months === 0));
    expect(rows.filter((p) => p.arm === "bland").map((p) => p.ttp_months)).toEqual([0]);
    expect(effectEstimates(rows, {endpoint: "ttp", groupBy: "arm"})).toMatchObject({
      hazardRatio: null,
      rmst: null,
      note: "One group's times are all 0 months under these filters: no effect estimates."
    });
  });
});

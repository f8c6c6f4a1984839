// A page analysing one endpoint may drop the risk table's rows of the other
// endpoints: endpointRows keeps that endpoint's rows and those that count the
// patients, and every analysis the pages run gives what it gives on all rows.
import {describe, expect, it} from "vitest";
import {aggregateCohort} from "../../data-loaders/aggregate/aggregate-cohort.js";
import {analysedPopulation} from "../../src/lib/analysis/analysed-population.js";
import {compareSurvival} from "../../src/lib/analysis/compare-survival.js";
import {effectEstimates} from "../../src/lib/analysis/effect-estimates.js";
import {endpointRows} from "../../src/lib/analysis/endpoint-rows.js";
import {ENDPOINTS, type EndpointId} from "../../src/lib/analysis/endpoints.js";
import {interactionTest} from "../../src/lib/analysis/interaction-test.js";
import {meanEntryTime} from "../../src/lib/analysis/mean-entry-time.js";
import {riskTablePatients, type RiskTableCount} from "../../src/lib/analysis/risk-table-patients.js";
import {patients} from "./reference-cohort.js";

const {riskTable} = await aggregateCohort({patients: "tests/fixtures/reconstruction/patients.csv", procedures: "tests/fixtures/reconstruction/procedures.csv"});
const counts = riskTablePatients(riskTable as RiskTableCount[]);

describe("endpointRows", () => {
  it.each(Object.keys(ENDPOINTS) as EndpointId[])("keeps %s's rows and the patient count's, and every analysis of it is unchanged", (endpoint) => {
    const rows = endpointRows(counts, endpoint);
    expect(rows.every((p) => p.endpoint === endpoint || p.endpoint === "os_embolization")).toBe(true);
    expect(rows.filter((p) => p.endpoint === endpoint)).toEqual(counts.filter((p) => p.endpoint === endpoint));
    if (endpoint !== "os_embolization") expect(rows.length).toBeLessThan(counts.length / 2);
    expect(analysedPopulation(rows, endpoint, "arm")).toEqual(analysedPopulation(counts, endpoint, "arm"));
    expect(compareSurvival(rows, {endpoint, groupBy: "tumor", delayedEntry: true})).toEqual(compareSurvival(counts, {endpoint, groupBy: "tumor", delayedEntry: true}));
    expect(effectEstimates(rows, {endpoint, groupBy: "arm"})).toEqual(effectEstimates(counts, {endpoint, groupBy: "arm"}));
    expect(interactionTest(rows, {endpoint})).toEqual(interactionTest(counts, {endpoint}));
    expect(meanEntryTime(rows, endpoint)).toEqual(meanEntryTime(counts, endpoint));
  });

  it("keeps every patient row", () => {
    expect(endpointRows(patients, "ttp")).toEqual(patients);
  });
});

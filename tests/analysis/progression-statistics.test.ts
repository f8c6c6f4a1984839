import {describe, expect, it} from "vitest";
import {DEFAULT_CONVENTIONS, DEFAULT_TEST} from "../../src/lib/analysis/conventions.js";
import {effectEstimates} from "../../src/lib/analysis/effect-estimates.js";
import {endpointRows} from "../../src/lib/analysis/endpoint-rows.js";
import {GROUP_BY_KEYS} from "../../src/lib/analysis/group-columns.js";
import {progressionNeighbours, progressionView, progressionViewKey, type ProgressionControls} from "../../src/lib/analysis/progression-statistics.js";
import {patients} from "./reference-cohort.js";

describe("progressionView", () => {
  it("restricts every mean on the page to the τ the reader typed: the arms' tumour-type comparisons as well as the arms'", () => {
    const rows = endpointRows(patients, "ttp");
    const view = progressionView(rows, {filters: {}, endpoint: "ttp", groupBy: "arm", conventions: DEFAULT_CONVENTIONS, testChoice: DEFAULT_TEST, landmarks: null, tau: 24});
    expect(view.effects!.rmst!.tau).toBe(24);
    for (const {arm, effects} of view.withinArm) {
      expect(effects, arm).toEqual(effectEstimates(rows.filter((p) => p.arm === arm), {endpoint: "ttp", groupBy: "tumor", confLevel: 0.95, tau: 24}));
    }
    // Chemoembolization's tumour types are compared up to that τ; bland's data support τ only up to 11.5 months, so it has none, and says why.
    const [chemo, bland] = view.withinArm;
    expect(chemo.effects.rmst!.tau).toBe(24);
    expect(chemo.effects.rmst!.tauRule).toBe("chosen");
    expect(bland.effects.rmst).toBeNull();
    expect(bland.effects.tauMax).toBeCloseTo(11.5, 1);
    // With no τ typed, the comparison takes survRM2's default, its own data's.
    const byDefault = progressionView(rows, {filters: {}, endpoint: "ttp", groupBy: "arm", conventions: DEFAULT_CONVENTIONS, testChoice: DEFAULT_TEST, landmarks: null, tau: undefined});
    expect(byDefault.withinArm[0].effects.rmst!.tau).toBe(byDefault.withinArm[0].effects.tauMax);
  });
});

const CONTROLS: ProgressionControls = {filters: {tumor: "carcinoid"}, endpoint: "ttp", groupBy: "arm", conventions: DEFAULT_CONVENTIONS, testChoice: DEFAULT_TEST, landmarks: [12, 24], tau: 24};

describe("progressionViewKey", () => {
  it("tells apart views that differ in any control but the conventions, and names a view the same however its controls were built", () => {
    const key = progressionViewKey(CONTROLS);
    expect(progressionViewKey({...CONTROLS, filters: {tumor: "carcinoid"}, landmarks: [12, 24]})).toBe(key);
    expect(progressionViewKey({...CONTROLS, conventions: {...DEFAULT_CONVENTIONS, confLevel: 0.9}})).toBe(key);
    const others: Partial<ProgressionControls>[] = [{filters: {tumor: "all"}}, {endpoint: "tttf"}, {groupBy: "tumor"}, {testChoice: {...DEFAULT_TEST, rho: 1}}, {landmarks: [12]}, {landmarks: null}, {tau: undefined}, {tau: 12}];
    const keys = others.map((change) => progressionViewKey({...CONTROLS, ...change}));
    expect(new Set([key, ...keys]).size).toBe(others.length + 1);
  });
});

describe("progressionNeighbours", () => {
  it("lists each view one click away, likeliest first: the other tumour filters, the other endpoint, the other groupings", () => {
    const neighbours = progressionNeighbours(CONTROLS, GROUP_BY_KEYS);
    const changed = neighbours.map((next) => Object.keys(CONTROLS).filter((k) => JSON.stringify(next[k as keyof ProgressionControls]) !== JSON.stringify(CONTROLS[k as keyof ProgressionControls])));
    expect(changed.every((keys) => keys.length === 1)).toBe(true);
    expect(neighbours.map((next) => next.filters.tumor).slice(0, 2)).toEqual(["all", "noncarcinoid"]);
    expect(neighbours[2].endpoint).toBe("tttf");
    expect(neighbours.slice(3).map((next) => next.groupBy)).toEqual(GROUP_BY_KEYS.filter((g) => g !== "arm"));
    expect(neighbours).toHaveLength(2 + 1 + GROUP_BY_KEYS.length - 1);
    expect(new Set(neighbours.map(progressionViewKey)).size).toBe(neighbours.length);
    // No filter given means all patients, whose neighbours are the two tumour types.
    expect(progressionNeighbours({...CONTROLS, filters: {}}, ["arm"]).map((next) => next.filters.tumor)).toEqual(["carcinoid", "noncarcinoid", undefined]);
  });

  it("computes, for each neighbour, the view the page shows when the reader picks it", () => {
    const rows = endpointRows(patients, "ttp");
    const [carcinoidOnly] = progressionNeighbours({...CONTROLS, filters: {}}, GROUP_BY_KEYS);
    expect(progressionView(rows, carcinoidOnly)).toEqual(progressionView(rows, {...CONTROLS, filters: {tumor: "carcinoid"}}));
  });
});

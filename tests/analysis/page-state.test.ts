import {expect, it} from "vitest";
import {stateKey, statesOver} from "../../src/lib/analysis/page-state.js";

it("keys a state by the given controls only, in their order, an unset filter as all", () => {
  expect(stateKey({tumor: "carcinoid", confLevel: 0.9, rho: 1}, ["confLevel", "tumor"])).toBe("confLevel=0.9&tumor=carcinoid");
  expect(stateKey({confLevel: 0.95}, ["tumor", "strata"])).toBe("tumor=all&strata=null");
});

it("enumerates every combination of the controls' published values", () => {
  const states = statesOver(["tumor", "confLevel"]);
  expect(states).toHaveLength(9);
  expect(new Set(states.map((s) => stateKey(s, ["tumor", "confLevel"]))).size).toBe(9);
  expect(states).toContainEqual({tumor: "noncarcinoid", confLevel: 0.99});
  expect(statesOver([])).toEqual([{}]);
});

import {describe, expect, it} from "vitest";
import {DEFAULT_CONVENTIONS, DEFAULT_TEST, isDefaultConventions, isDefaultTest} from "../../src/lib/analysis/conventions.js";

describe("conventions", () => {
  it("defaults to a log CI at 95% and the unstratified log-rank test", () => {
    expect(DEFAULT_CONVENTIONS).toEqual({confType: "log", confLevel: 0.95, rho: 0, strata: null});
    expect(DEFAULT_TEST).toEqual({rho: 0, strata: null});
  });

  it("calls conventions default only when every one of them is", () => {
    expect(isDefaultConventions({...DEFAULT_CONVENTIONS})).toBe(true);
    expect(isDefaultConventions({...DEFAULT_CONVENTIONS, confType: "log-log"})).toBe(false);
    expect(isDefaultConventions({...DEFAULT_CONVENTIONS, confLevel: 0.9})).toBe(false);
    expect(isDefaultConventions({...DEFAULT_CONVENTIONS, rho: 1})).toBe(false);
    expect(isDefaultConventions({...DEFAULT_CONVENTIONS, strata: "tumor"})).toBe(false);
  });

  it("calls a test default only unstratified at rho 0", () => {
    expect(isDefaultTest({rho: 0, strata: null})).toBe(true);
    expect(isDefaultTest({rho: 0.5, strata: null})).toBe(false);
    expect(isDefaultTest({rho: 0, strata: "arm"})).toBe(false);
  });
});

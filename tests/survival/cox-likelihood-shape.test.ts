// coxLikelihoodShape says where the log partial likelihood of one 0/1
// covariate peaks as R's own likelihood does (its values at beta = -20 ..
// 20, tests/fixtures/cox-ph-infinite.R), whether or not coxph warns.
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {coxLikelihoodShape} from "../../src/lib/survival/index.js";

interface Case {
  name: string;
  input: {time: number[]; event: number[]; covariates: Record<string, number[]>; weights?: number[]; entry?: number[]};
  expected: {infinite: boolean[]; shape?: string};
}
const {cases}: {cases: Case[]} = JSON.parse(readFileSync("tests/fixtures/cox-ph-infinite.json", "utf8"));
const oneCovariate = cases.filter((c) => c.expected.shape !== undefined);

describe("coxLikelihoodShape agrees with the shape of R's partial likelihood", () => {
  it("covers monotone, finite, flat, warned and unwarned cases, with weights, entry and ties", () => {
    const kinds = new Set(oneCovariate.map((c) => `${c.expected.shape} ${c.expected.infinite[0] ? "warned" : "unwarned"}`));
    expect([...kinds].sort()).toEqual(["decreasing warned", "finite unwarned", "finite warned", "flat unwarned", "increasing warned"]);
    expect(oneCovariate.some((c) => c.input.weights && c.input.entry && c.expected.shape === "increasing")).toBe(true);
  });
  for (const c of oneCovariate) {
    it(c.name, () => expect(coxLikelihoodShape(c.input)).toBe(c.expected.shape));
  }
});

describe("coxLikelihoodShape's edge cases", () => {
  it("is flat without events", () => {
    expect(coxLikelihoodShape({time: [1, 2], event: [0, 0], covariates: {x: [0, 1]}})).toBe("flat");
  });
  it("reads the high and low groups of any two-valued column, coxph's centring and scaling aside", () => {
    const time = [1, 2, 3, 4, 5, 6];
    const event = [1, 1, 1, 1, 1, 1];
    expect(coxLikelihoodShape({time, event, covariates: {x: [7, 7, 7, 2, 2, 2]}})).toBe("increasing");
    expect(coxLikelihoodShape({time, event, covariates: {x: [2, 2, 2, 7, 7, 7]}})).toBe("decreasing");
  });
  it("judges each stratum's risk sets on their own", () => {
    // Separated in both strata; pooled, stratum b's early x = 0 events would meet stratum a's x = 1 rows.
    const input = {time: [5, 6, 7, 8, 1, 2, 3, 4], event: [1, 1, 1, 1, 1, 1, 1, 1], covariates: {x: [1, 1, 0, 0, 1, 1, 0, 0]}};
    expect(coxLikelihoodShape({...input, strata: ["a", "a", "a", "a", "b", "b", "b", "b"]})).toBe("increasing");
    expect(coxLikelihoodShape(input)).toBe("finite");
  });
  it("rejects several covariates and a column of more than two values", () => {
    expect(() => coxLikelihoodShape({time: [1, 2], event: [1, 1], covariates: {x: [0, 1], z: [1, 0]}})).toThrow("covariates has 2 columns (x, z), expected exactly one");
    expect(() => coxLikelihoodShape({time: [1, 2, 3], event: [1, 1, 1], covariates: {x: [0, 1, 2]}})).toThrow("covariates.x has more than two distinct values");
  });
});

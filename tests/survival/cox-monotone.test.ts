// coxMonotone is true exactly where R's likelihood rises to +-infinity (the
// shapes recorded by tests/fixtures/cox-ph-infinite.R), whether or not coxph warns.
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {coxMonotone} from "../../src/lib/survival/index.js";

interface Case {
  name: string;
  input: {time: number[]; event: number[]; covariates: Record<string, number[]>; weights?: number[]; entry?: number[]};
  expected: {infinite: boolean[]; shape?: string};
}
const {cases}: {cases: Case[]} = JSON.parse(readFileSync("tests/fixtures/cox-ph-infinite.json", "utf8"));

describe("coxMonotone", () => {
  for (const c of cases.filter((k) => k.expected.shape !== undefined)) {
    const monotone = c.expected.shape === "increasing" || c.expected.shape === "decreasing";
    it(`${c.name}: ${monotone ? "monotone" : "not monotone"}${c.expected.infinite[0] ? ", though R warns" : ""}`, () => {
      expect(coxMonotone(c.input)).toBe(monotone);
    });
  }
});

// coxPH flags the coefficients R's coxph warns may be infinite, and only those.
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {coxPH} from "../../src/lib/survival/index.js";

interface Case {
  name: string;
  ties: "efron" | "breslow";
  input: {time: number[]; event: number[]; covariates: Record<string, number[]>};
  expected: {coef: number[]; infinite: boolean[]; iterations: number};
}
const {cases}: {cases: Case[]} = JSON.parse(readFileSync("tests/fixtures/cox-ph-infinite.json", "utf8"));

describe("coxPH's infinite flag matches coxph's 'coefficient may be infinite' warning", () => {
  for (const c of cases) {
    it(c.name, () => {
      const fit = coxPH(c.input, {ties: c.ties});
      expect(fit.infinite).toEqual(c.expected.infinite);
      expect(fit.iterations).toBe(c.expected.iterations);
    });
  }
});

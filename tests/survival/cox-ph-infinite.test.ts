// coxPH flags the coefficients R's coxph warns may be infinite, and only those,
// and where R warns about a finite coefficient it still gives R's estimate.
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {coxPH} from "../../src/lib/survival/index.js";

interface Case {
  name: string;
  ties: "efron" | "breslow";
  input: {time: number[]; event: number[]; covariates: Record<string, number[]>; weights?: number[]; entry?: number[]};
  expected: {coef: (number | "NA")[]; se: number[]; infinite: boolean[]; iterations: number; shape?: string};
  warnings: string[];
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

describe("where R warns but the likelihood peaks, coxPH's estimate equals R's", () => {
  const warnedFinite = cases.filter((c) => c.expected.shape === "finite" && c.expected.infinite.some(Boolean));
  it("the fixture holds such cases, with R's warning", () => {
    expect(warnedFinite.map((c) => c.ties).sort()).toEqual(["breslow", "breslow", "efron", "efron", "efron"]);
    for (const c of warnedFinite) expect(c.warnings).toEqual(["Loglik converged before variable  1 ; coefficient may be infinite. "]);
  });
  for (const c of warnedFinite) {
    it(c.name, () => {
      const fit = coxPH(c.input, {ties: c.ties});
      const [coef, se] = [c.expected.coef[0] as number, c.expected.se[0]];
      expect(Math.abs(coef)).toBeLessThan(1e-3);
      expect(Math.abs(fit.coef[0]! - coef), `coef ${fit.coef[0]} vs R ${coef}`).toBeLessThanOrEqual(1e-6 * Math.abs(coef));
      expect(Math.abs(fit.se[0]! - se), `se ${fit.se[0]} vs R ${se}`).toBeLessThanOrEqual(1e-6 * se);
    });
  }
});

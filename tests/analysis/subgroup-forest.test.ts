// subgroupForest withholds an arm's hazard ratio only when the likelihood runs
// off to infinity, not on R's warning alone (equality with R on the cohort:
// tests/analysis/explore.test.ts and explore-risk-table.test.ts).
import {describe, expect, it} from "vitest";
import {subgroupForest} from "../../src/lib/analysis/subgroup-forest.js";
import {riskTableRows, warnedFinite} from "./warned-finite-cox.js";

describe("subgroupForest's hazard ratio where coxph warns 'coefficient may be infinite'", () => {
  it("is R's estimate near 1 when the likelihood peaks (risk-table rows weighted by hundreds or thousands)", () => {
    expect(warnedFinite).toHaveLength(3);
    for (const c of warnedFinite) {
      const [all] = subgroupForest(riskTableRows(c), {endpoint: "ttp", subgroups: []}).rows;
      expect(all, c.name).toMatchObject({label: "All patients", note: null});
      expect(Math.abs(Math.log(all.hr!) - c.coef), `${c.name}: log HR ${Math.log(all.hr!)} vs R ${c.coef}`).toBeLessThanOrEqual(1e-6 * Math.abs(c.coef));
      expect(Math.abs(all.se! - c.se), c.name).toBeLessThanOrEqual(1e-6 * c.se);
    }
  });

  it("is withheld when every bland progression comes after the last chemoembolization patient has left", () => {
    const rows = riskTableRows(warnedFinite[0]).slice(0, 10).map((p, i) => ({...p, arm: i < 5 ? ("chemoembolization" as const) : ("bland" as const), ttp_months: i + 1, ttp_event: 1 as const, weight: 3}));
    expect(subgroupForest(rows, {endpoint: "ttp", subgroups: []}).rows[0]).toMatchObject({hr: null, note: "The hazard ratio cannot be estimated: one arm has no events or all of them"});
  });
});

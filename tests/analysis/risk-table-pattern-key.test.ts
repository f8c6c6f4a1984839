import {expect, it} from "vitest";
import {riskTablePatternKey} from "../../src/lib/analysis/risk-table-pattern-key.js";

const pattern = {arm: "bland", primary_tumor: "carcinoid", hormonally_active: 1, extrahepatic_disease: 0};

it("names the four pattern columns in order, and nothing else of the row", () => {
  expect(riskTablePatternKey(pattern)).toBe("bland|carcinoid|1|0");
  expect(riskTablePatternKey({...pattern, endpoint: "ttp", time_months: 3, events: 1} as typeof pattern)).toBe("bland|carcinoid|1|0");
});

it("tells apart patterns that differ in any one column", () => {
  const variants = [pattern, {...pattern, arm: "chemoembolization"}, {...pattern, primary_tumor: "gastrinoma"}, {...pattern, hormonally_active: 0}, {...pattern, extrahepatic_disease: 1}];
  expect(new Set(variants.map(riskTablePatternKey)).size).toBe(variants.length);
});

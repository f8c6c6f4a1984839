import {expect, it} from "vitest";
import {compareProportions, formatOddsRatio} from "../../src/lib/analysis/two-by-two.js";
import {clusteredOddsRatio, fisherExact, oddsRatio} from "../../src/lib/stats/index.js";

const rows = [
  ...Array.from({length: 11}, () => ({arm: "chemoembolization" as const, severe: true})),
  ...Array.from({length: 33}, () => ({arm: "chemoembolization" as const, severe: false})),
  ...Array.from({length: 5}, () => ({arm: "bland" as const, severe: true})),
  ...Array.from({length: 18}, () => ({arm: "bland" as const, severe: false}))
];

it("builds the paper's grade ≥ 3 table and reproduces OR 1.2 (0.4–4.0)", () => {
  const result = compareProportions(rows, (r) => r.arm, (r) => r.severe);
  expect(result.table).toEqual([[11, 33], [5, 18]]);
  expect(result.woolf).toEqual(oddsRatio([[11, 33], [5, 18]], {method: "woolf"}));
  expect(result.fisherP).toBe(fisherExact([[11, 33], [5, 18]]).p);
  expect(formatOddsRatio(result.woolf)).toBe("OR 1.2 (95% CI 0.4–4.0)");
});

it("returns no statistics when an arm is empty", () => {
  const result = compareProportions(rows.filter((r) => r.arm === "bland"), (r) => r.arm, (r) => r.severe);
  expect(result.woolf).toBeNull();
  expect(result.fisherP).toBeNull();
  expect(formatOddsRatio(result.woolf)).toBe("OR not estimable");
});

it("gives both odds ratios at the chosen confidence level", () => {
  const result = compareProportions(rows, (r) => r.arm, (r) => r.severe, {confLevel: 0.9});
  expect(result.woolf).toEqual(oddsRatio([[11, 33], [5, 18]], {method: "woolf", confLevel: 0.9}));
  expect(result.exact).toEqual(oddsRatio([[11, 33], [5, 18]], {method: "exact", confLevel: 0.9}));
  expect(formatOddsRatio(result.woolf)).toMatch(/^OR 1\.2 \(90% CI /);
});

it("adds the cluster-robust odds ratio when given a cluster accessor", () => {
  const clustered = rows.map((r, i) => ({...r, patient: `P${Math.floor(i / 3)}`}));
  const result = compareProportions(clustered, (r) => r.arm, (r) => r.severe, {cluster: (r) => r.patient});
  const patientNumber = clustered.map((r) => Number(r.patient.slice(1)));
  expect(result.clustered).toEqual(clusteredOddsRatio(clustered.map((r) => Number(r.severe)), clustered.map((r) => Number(r.arm === "chemoembolization")), patientNumber));
  expect(result.clustered!.estimate).toBeCloseTo(result.woolf!.estimate!, 12);
  expect(compareProportions(rows, (r) => r.arm, (r) => r.severe).clustered).toBeNull();
  expect(formatOddsRatio(result.clustered)).toMatch(/^OR 1\.2 \(95% CI \d\.\d–\d\.\d\)$/);
});

it("names an empty arm, and the arms' sizes the small-group rule weighs", () => {
  const chemoOnly = compareProportions(rows.filter((r) => r.arm === "chemoembolization"), (r) => r.arm, (r) => r.severe);
  expect(chemoOnly.note).toBe("No bland embolization patients under these filters: no comparison");
  expect(chemoOnly.groups).toEqual([44, 0]);
  expect(chemoOnly.fisherP).toBeNull();
  const four = compareProportions([...rows.filter((r) => r.arm === "chemoembolization"), ...rows.filter((r) => r.arm === "bland").slice(0, 4)], (r) => r.arm, (r) => r.severe);
  expect(four.groups).toEqual([44, 4]);
  expect(four.note).toMatch(/^Fewer than 5 patients in bland embolization \(4\): no odds ratio or test/);
});

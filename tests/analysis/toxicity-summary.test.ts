import {expect, it} from "vitest";
import {toxicitySummary, worstGrade} from "../../src/lib/analysis/toxicity-summary.js";
import {clusteredProportion, wilsonInterval} from "../../src/lib/stats/index.js";
import {procedures} from "./small-cohort.js";

const cells = toxicitySummary(procedures);

it("has a cell per modality, toxicity and grade 1–5 plus any grade", () => {
  expect(cells).toHaveLength(2 * 13 * 6);
});

it("gives % of the modality's procedures with a Wilson interval", () => {
  const chemo = procedures.filter((r) => r.modality === "chemoembolization");
  const pain1 = cells.find((c) => c.modality === "chemoembolization" && c.toxicity === "pain" && c.grade === 1)!;
  const k = chemo.filter((r) => r.grade_pain === 1).length;
  expect(pain1.count).toBe(k);
  expect(pain1.procedures).toBe(chemo.length);
  expect(pain1.percent).toBe((100 * k) / chemo.length);
  expect(pain1.lower).toBe(100 * wilsonInterval(k, chemo.length).lower);
  const any = cells.find((c) => c.modality === "chemoembolization" && c.toxicity === "pain" && c.grade === "any")!;
  const byGrade = cells.filter((c) => c.modality === "chemoembolization" && c.toxicity === "pain" && c.grade !== "any");
  expect(any.count).toBe(byGrade.reduce((s, c) => s + c.count, 0));
});

it("finds a procedure's worst grade across toxicities", () => {
  expect(worstGrade({...procedures[0], grade_pain: 0, grade_ggt_alp: 3, grade_other: 1})).toBe(3);
});

it("gives a cluster-robust interval with patients as clusters, and none without events", () => {
  const chemo = procedures.filter((r) => r.modality === "chemoembolization");
  const any = cells.find((c) => c.modality === "chemoembolization" && c.toxicity === "pain" && c.grade === "any")!;
  const ids = [...new Set(chemo.map((r) => r.patient_id))];
  const robust = clusteredProportion(chemo.map((r) => Number(r.grade_pain >= 1)), chemo.map((r) => ids.indexOf(r.patient_id)));
  expect(any.clusteredLower).toBe(robust.lower === null ? null : 100 * robust.lower);
  expect(any.clusteredUpper).toBe(robust.upper === null ? null : 100 * robust.upper);
  const none = cells.find((c) => c.count === 0)!;
  expect(none.clusteredLower).toBeNull();
  expect(none.lower).toBe(0);
});

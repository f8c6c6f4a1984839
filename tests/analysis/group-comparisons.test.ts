// Comparisons by any baseline column, the G-rho test at several rho and
// stratified by another column, and landmark rates at chosen times, against
// R (tests/fixtures/group-comparisons.R).
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {compareSurvival, groupTest} from "../../src/lib/analysis/compare-survival.js";
import {GROUP_LABELS, GROUP_LEVELS, type GroupBy} from "../../src/lib/analysis/group-columns.js";
import type {EndpointId} from "../../src/lib/analysis/endpoints.js";
import type {PatientRow} from "../../src/lib/analysis/patient-row.js";
import type {LogRankResult} from "../../src/lib/survival/index.js";

interface Case {
  endpoint: EndpointId;
  groupBy: GroupBy;
  rho: number;
  strata: GroupBy | null;
  chisq: number;
  df: number;
  p: number;
  observed: number[];
  expected: number[];
  landmarks: {group: string; time: number; surv: number; lower: number; upper: number; nRisk: number}[];
}
const R: {landmarks: number[]; patients: Partial<PatientRow>[]; cases: Case[]} = JSON.parse(readFileSync("tests/fixtures/group-comparisons.json", "utf8"));

const patients = R.patients.map((p) => ({
  age_at_diagnosis: 50, prior_primary_resection: 0, prior_hepatectomy: 0, prior_chemotherapy: 0, prior_radiation: 0, liver_metastases_3plus: 1,
  months_diagnosis_to_liver_metastases: 0, months_liver_metastases_to_embolization: 0, procedures_initial_cycle: 1, procedures_total: 1,
  retreated: 0, lost_to_follow_up: 0, response_1mo: "stabilization", tttf_months: p.ttp_months, tttf_event: p.ttp_event,
  symptom_relief: null, symptom_relief_months: null, ...p
}) as PatientRow);

// R's factor levels for 0/1 columns are "1" and "0"; the engine names them by column.
const rGroup = (groupBy: GroupBy, level: string) => (["hormonal", "extrahepatic"].includes(groupBy) ? `${groupBy}:${level === "1" ? "yes" : "no"}` : GROUP_LEVELS[groupBy].find((g) => g === level || g.endsWith(`:${level}`))!);

describe("survival comparisons by any column, against R survdiff and summary(survfit, times =)", () => {
  for (const c of R.cases) {
    const name = `${c.endpoint} by ${c.groupBy}, rho = ${c.rho}${c.strata ? `, strata(${c.strata})` : ""}`;
    it(name, () => {
      const result = compareSurvival(patients, {endpoint: c.endpoint, groupBy: c.groupBy, rho: c.rho, strata: c.strata, landmarks: R.landmarks});
      const test = result.test as LogRankResult<string>;
      expect(test.chisq).toBeCloseTo(c.chisq, 10);
      expect(test.df).toBe(c.df);
      expect(test.p).toBeCloseTo(c.p, 10);
      test.observed.forEach((o, i) => expect(o).toBeCloseTo(c.observed[i], 10));
      test.expected.forEach((e, i) => expect(e).toBeCloseTo(c.expected[i], 10));
      expect(test.groups).toEqual(GROUP_LEVELS[c.groupBy]);
      expect(result.testName).toBe(`${c.rho === 0 ? "log-rank" : c.rho === 1 ? "Peto–Peto" : `G-rho, rho = ${c.rho}`}${c.strata ? `, stratified by ${{arm: "treatment arm", tumor: "tumour type", primary_tumor: "primary tumour", sex: "sex", hormonal: "hormonal activity"}[c.strata as string]}` : ""}`);
      expect(groupTest(patients, {endpoint: c.endpoint, groupBy: c.groupBy, rho: c.rho, strata: c.strata}).test!.p).toBe(test.p);
      let compared = 0;
      for (const r of c.landmarks) {
        const mine = result.landmarks.find((l) => l.group === rGroup(c.groupBy, r.group) && l.time === r.time)!;
        expect(mine.nRisk).toBe(r.nRisk);
        // Past a curve's last follow-up the table shows no rate where R carries the last one on.
        if (mine.surv === null) {
          const last = Math.max(...result.curves.find((cv) => cv.group === mine.group)!.fit!.time);
          expect(r.time).toBeGreaterThan(last);
          continue;
        }
        expect(mine.surv).toBeCloseTo(r.surv, 10);
        expect(mine.lower!).toBeCloseTo(r.lower, 10);
        expect(mine.upper!).toBeCloseTo(r.upper, 10);
        compared++;
      }
      expect(compared).toBeGreaterThanOrEqual(GROUP_LEVELS[c.groupBy].length * 3);
    });
  }

  it("names every group and withholds the test when stratified by the grouping column", () => {
    for (const key of Object.keys(GROUP_LEVELS) as GroupBy[]) for (const g of GROUP_LEVELS[key]) expect(GROUP_LABELS[g], g).toMatch(/^[A-Z0-9]/);
    const result = compareSurvival(patients, {endpoint: "ttp", groupBy: "arm", strata: "arm"});
    expect(result.test).toBeNull();
    expect(result.note).toBe("No test: stratified by treatment arm, each stratum holds one group and there is nothing to compare within it.");
  });

  it("withholds a five-group test when one group has fewer than 5 patients", () => {
    const fewGastrinoma = patients.filter((p) => p.primary_tumor !== "gastrinoma").concat(patients.filter((p) => p.primary_tumor === "gastrinoma").slice(0, 4));
    const result = compareSurvival(fewGastrinoma, {endpoint: "ttp", groupBy: "primary_tumor"});
    expect(result.test).toBeNull();
    expect(result.note).toBe("Fewer than 5 patients in gastrinoma (4) under these filters: no test, since its P value would turn on one or two patients.");
    expect(result.curves.map((c) => [c.label, c.n])).toEqual([["Carcinoid", 30], ["Pancreatic islet cell", 20], ["Gastrinoma", 4], ["Other NET", 10], ["Uncharacterized NET", 11]]);
  });
});

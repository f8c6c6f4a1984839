// The tests of /response for one subset of patients: regression at one month
// by arm (Fisher's exact), symptomatic relief by arm, and how long relief
// lasted (Student's t and Mann–Whitney). The page prints them; its family of views
// (test-family.ts) weighs them for every filter state.
import {mannWhitneyU, tTest, type MannWhitneyUResult, type TTestResult} from "../stats/index.js";
import type {PatientRow} from "./patient-row.js";
import {smallGroupsNote} from "./small-groups.js";
import {testKey, type FamilyTest} from "./test-family.js";
import {compareProportions, type TwoByTwo} from "./two-by-two.js";

export interface ResponseTests {
  /** Patients with a one-month status. */
  assessed: PatientRow[];
  regression: TwoByTwo;
  /** Patients whose symptomatic relief is known. */
  reliefKnown: PatientRow[];
  relief: TwoByTwo;
  /** Months of relief among relieved patients, by arm; no test under the small-group rule (`note`). */
  duration: {chemo: number[]; bland: number[]; t: TTestResult | null; rank: MannWhitneyUResult | null; note: string | null};
  /** Each P the page prints, keyed for the family of views. */
  tests: {regression: FamilyTest; durationT: FamilyTest; durationRank: FamilyTest};
}

export function responseTests(patients: readonly PatientRow[], {confLevel = 0.95}: {confLevel?: number} = {}): ResponseTests {
  const assessed = patients.filter((p) => p.response_1mo !== null);
  const regression = compareProportions(assessed, (p) => p.arm, (p) => p.response_1mo === "regression", {confLevel});
  const reliefKnown = patients.filter((p) => p.symptom_relief !== null);
  const relief = compareProportions(reliefKnown, (p) => p.arm, (p) => p.symptom_relief === 1, {confLevel});
  const relieved = reliefKnown.filter((p) => p.symptom_relief === 1 && p.symptom_relief_months !== null);
  const months = (arm: PatientRow["arm"]) => relieved.filter((p) => p.arm === arm).map((p) => p.symptom_relief_months as number);
  const [chemo, bland] = [months("chemoembolization"), months("bland")];
  const small = smallGroupsNote([{label: "Chemoembolization", n: chemo.length}, {label: "Bland embolization", n: bland.length}], "relieved patients");
  const t = small === null ? tTest(chemo, bland, {varEqual: true}) : null;
  const rank = small === null ? mannWhitneyU(chemo, bland) : null;
  return {
    assessed,
    regression,
    reliefKnown,
    relief,
    duration: {chemo, bland, t, rank, note: small && `${small}: no test, since its P value would turn on one or two patients`},
    tests: {
      regression: {key: testKey("regression", assessed), p: () => regression.fisherP},
      durationT: {key: testKey("relief-months-t", relieved), p: () => t?.p ?? null},
      durationRank: {key: testKey("relief-months-rank", relieved), p: () => rank?.p ?? null}
    }
  };
}

// What /methods shows for one choice of the site's conventions: time to
// progression by arm in the whole cohort, its curves and landmark rates under
// the confidence interval choices, its test under the test choices.
import type {ConfType} from "../survival/index.js";
import {compareSurvival, type GroupBy, type SurvivalComparison} from "./compare-survival.js";
import type {PatientRow} from "./patient-row.js";
import type {PageParts} from "./published-statistics.js";

export interface MethodsState {
  confType: ConfType;
  confLevel: number;
  rho: number;
  strata: GroupBy | null;
}

export interface MethodsStatistics {
  curves: Pick<SurvivalComparison, "curves" | "landmarks">;
  test: Pick<SurvivalComparison, "test" | "testName" | "note">;
}

export const METHODS_PARTS: PageParts<MethodsStatistics> = {curves: ["confType", "confLevel"], test: ["rho", "strata"]};

export function methodsStatistics(patients: readonly PatientRow[], state: MethodsState): MethodsStatistics {
  const {curves, landmarks, test, testName, note} = compareSurvival(patients, {endpoint: "ttp", groupBy: "arm", ...state});
  return {curves: {curves, landmarks}, test: {test, testName, note}};
}

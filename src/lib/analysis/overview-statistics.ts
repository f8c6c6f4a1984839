// What the overview page (/) shows for one state of its tumour filter and the
// site's conventions: counts, TTP and survival by arm, TTP's effect estimates
// and the arm × tumour-type interaction test of the whole cohort.
import type {ConfType} from "../survival/index.js";
import {analysedPopulation, type AnalysedPopulation} from "./analysed-population.js";
import {compareSurvival, type GroupBy, type SurvivalComparison} from "./compare-survival.js";
import {effectEstimates, type EffectEstimates} from "./effect-estimates.js";
import {filterPatients, proceduresOf, type PatientFilters} from "./filter-patients.js";
import {interactionTest} from "./interaction-test.js";
import type {PatientRow, ProcedureRow} from "./patient-row.js";
import type {PageParts} from "./published-statistics.js";

export interface OverviewState {
  tumor: PatientFilters["tumor"];
  confType: ConfType;
  confLevel: number;
  rho: number;
  strata: GroupBy | null;
}

type Curves = Pick<SurvivalComparison, "curves">;
type Test = Pick<SurvivalComparison, "test" | "testName" | "note">;

export interface OverviewStatistics {
  counts: {patients: number; chemoembolization: number; bland: number; procedures: number; deaths30: number; ttpPopulation: AnalysedPopulation};
  curves: {ttp: Curves; os: Curves};
  tests: {ttp: Test; os: Test};
  ttpEffects: EffectEstimates;
  interaction: {p: number | null; note: string | null; groups: number[]};
}

export const OVERVIEW_PARTS: PageParts<OverviewStatistics> = {
  counts: ["tumor"],
  curves: ["tumor", "confType", "confLevel"],
  tests: ["tumor", "rho", "strata"],
  ttpEffects: ["tumor", "confLevel"],
  interaction: ["confLevel"]
};

export function overviewStatistics(patients: readonly PatientRow[], procedures: readonly ProcedureRow[], state: OverviewState): OverviewStatistics {
  const {tumor, confType, confLevel, rho, strata} = state;
  const subset = filterPatients(patients, {tumor});
  const subsetProcedures = proceduresOf(procedures, subset);
  const conventions = {groupBy: "arm" as const, confType, confLevel, rho, strata};
  const ttp = compareSurvival(subset, {endpoint: "ttp", ...conventions});
  const os = compareSurvival(subset, {endpoint: "os_embolization", ...conventions});
  const test = ({test, testName, note}: SurvivalComparison): Test => ({test, testName, note});
  // The paper's subgroup claim is about the whole cohort, so its interaction test is too.
  const interaction = interactionTest(patients, {endpoint: "ttp", confLevel});
  return {
    counts: {
      patients: subset.length,
      chemoembolization: subset.filter((p) => p.arm === "chemoembolization").length,
      bland: subset.filter((p) => p.arm === "bland").length,
      procedures: subsetProcedures.length,
      deaths30: subsetProcedures.reduce((sum, r) => sum + r.died_within_30_days, 0),
      ttpPopulation: analysedPopulation(subset, "ttp", "arm")
    },
    curves: {ttp: {curves: ttp.curves}, os: {curves: os.curves}},
    tests: {ttp: test(ttp), os: test(os)},
    ttpEffects: effectEstimates(subset, {endpoint: "ttp", groupBy: "arm", confLevel}),
    interaction: {p: interaction.result?.p ?? null, note: interaction.note, groups: interaction.groups}
  };
}

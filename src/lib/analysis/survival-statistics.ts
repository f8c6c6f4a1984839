// /survival's family of tests (every view its controls show, 162 of them,
// most with delayed entry) in one place for the page and the build: the
// build evaluates it on the published risk table's weighted rows for each
// analysis under the default test, so the page reads the adjusted P values
// instead of running the tests, and runs them only under another test.
import {DEFAULT_TEST, isDefaultTest, type TestChoice} from "./conventions.js";
import type {GroupBy} from "./group-columns.js";
import type {PatientRow} from "./patient-row.js";
import {publishFamily, readFamily, type PublishedFamily} from "./published-family.js";
import {readPublished, type PageParts, type PageStatistics} from "./published-statistics.js";
import {filterStates, viewFamily, type ViewFamily, type ViewState} from "./view-family.js";

export const SURVIVAL_ORIGINS = ["os_embolization", "os_diagnosis", "os_liver_metastases"] as const;
/** How origins before the first embolization are analysed: delayed entry, conditional on enough at risk, or naive. */
export const SURVIVAL_ANALYSES = ["entry", "conditional", "naive"] as const;
export type SurvivalAnalysis = (typeof SURVIVAL_ANALYSES)[number];


/** Every view the page's controls can show under one analysis. */
export function survivalFamilyStates(analysis: SurvivalAnalysis): ViewState[] {
  return filterStates(["tumor", "hormonal", "extrahepatic"]).flatMap((filters) =>
    SURVIVAL_ORIGINS.flatMap((endpoint) => (["arm", "tumor"] as GroupBy[]).map((groupBy) => ({filters, endpoint, groupBy, delayedEntry: analysis !== "naive", conditional: analysis === "conditional"})))
  );
}

/** The page's family under an analysis and the chosen test (viewFamily). */
export function survivalFamily(patients: readonly PatientRow[], analysis: SurvivalAnalysis, testChoice: TestChoice): ViewFamily {
  return viewFamily(patients, survivalFamilyStates(analysis), testChoice);
}

export interface SurvivalStatistics {
  /** Per analysis, the family under the default test. */
  families: Record<SurvivalAnalysis, PublishedFamily>;
}

export const SURVIVAL_PARTS: PageParts<SurvivalStatistics> = {families: []};

/** What the build publishes, from the risk table's weighted rows of the page's endpoints. */
export function survivalStatistics(patients: readonly PatientRow[]): SurvivalStatistics {
  return {families: Object.fromEntries(SURVIVAL_ANALYSES.map((a) => [a, publishFamily(survivalFamily(patients, a, DEFAULT_TEST), survivalFamilyStates(a))])) as Record<SurvivalAnalysis, PublishedFamily>};
}

/** The published family for this analysis and test; null under another test than the default, which the page then runs itself. */
export function publishedSurvivalFamily(table: PageStatistics, analysis: SurvivalAnalysis, testChoice: TestChoice): ViewFamily | null {
  if (!isDefaultTest(testChoice)) return null;
  const {statistics, note} = readPublished(table, SURVIVAL_PARTS, {});
  if (statistics === null) throw new Error(`data/page-statistics/survival.json: ${note}`);
  return readFamily(statistics.families[analysis]);
}

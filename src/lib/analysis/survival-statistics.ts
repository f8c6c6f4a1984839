// What /survival computes from rows (patient rows, or a risk table's weighted
// rows), in one place for the page and the build: a view of one origin (its
// curves and test under each analysis, effect estimates, restricted means by
// tau, the analysed population, the interaction test) and the page's family
// of tests (every view its controls show, 162 of them, most with delayed
// entry). The build evaluates both on the published risk table's weighted
// rows, the view for every filter state under the default controls (survival
// from the first embolization, by arm) and the family for each analysis under
// the default test, so a fresh visit without patient rows reads numbers
// instead of rebuilding the weighted rows and refitting them; the page
// computes only a view off the defaults (another origin among them), the same
// way. The other origins are left out because their curves, three analyses
// each, would make the file several times the risk table it comes from.
import {analysedPopulation, type AnalysedPopulation} from "./analysed-population.js";
import {compareSurvival, type SurvivalComparison} from "./compare-survival.js";
import {DEFAULT_CONVENTIONS, DEFAULT_TEST, isDefaultConventions, isDefaultTest, type Conventions, type TestChoice} from "./conventions.js";
import {effectEstimates, type EffectEstimates} from "./effect-estimates.js";
import {ENDPOINTS} from "./endpoints.js";
import {entryStartTime} from "./entry-start-time.js";
import {filterPatients, NO_FILTERS, type PatientFilters} from "./filter-patients.js";
import {GROUP_LEVELS, type GroupBy} from "./group-columns.js";
import {interactionTest, type InteractionTest} from "./interaction-test.js";
import {meanEntryTime} from "./mean-entry-time.js";
import type {PatientRow} from "./patient-row.js";
import {publishFamily, readFamily, type PublishedFamily} from "./published-family.js";
import {readPublishedPart, type PageParts, type PageStatistics} from "./published-statistics.js";
import type {RiskTablePattern} from "./risk-table-patients.js";
import {rmstByTau, type RmstAtTau} from "./rmst-by-tau.js";
import {filterStates, viewFamily, type ViewFamily, type ViewState} from "./view-family.js";

export const SURVIVAL_ORIGINS = ["os_embolization", "os_diagnosis", "os_liver_metastases"] as const;
export type SurvivalOrigin = (typeof SURVIVAL_ORIGINS)[number];
/** The origin a fresh visit shows, and the only one the build publishes views of. */
export const DEFAULT_ORIGIN: SurvivalOrigin = "os_embolization";
/** How origins before the first embolization are analysed: delayed entry, conditional on enough at risk, or naive. */
export const SURVIVAL_ANALYSES = ["entry", "conditional", "naive"] as const;
export type SurvivalAnalysis = (typeof SURVIVAL_ANALYSES)[number];

/** The controls a view of the page depends on; the analysis chosen only picks which of the view's analyses is shown. */
export interface SurvivalControls {
  filters: Partial<PatientFilters>;
  origin: SurvivalOrigin;
  groupBy: GroupBy;
  conventions: Conventions;
  /** The test chosen beside the curves (test-choice-input.ts). */
  testChoice: TestChoice;
  landmarks: number[] | null;
  tau: number | undefined;
}

export interface SurvivalView {
  /** With delayed entry, where every group first has enough at risk to condition on (entryStartTime); null without one or without entry times. */
  startTime: number | null;
  /** Each analysis the origin offers, in SURVIVAL_ANALYSES order: the naive one alone from the first embolization, the conditional one only with a start time. */
  analyses: {analysis: SurvivalAnalysis; comparison: SurvivalComparison}[];
  /** Mean months from the origin to the first embolization; null without entry times or rows. */
  meanEntry: number | null;
  /** Null when the grouping has more than two levels. */
  effects: EffectEstimates | null;
  byTau: RmstAtTau[];
  population: AnalysedPopulation;
  /** The arm × tumour-type interaction (naive), for the grouping by arm; null for another grouping. */
  interaction: InteractionTest | null;
}

/** A view's statistics from the origin's rows (endpointRows), filtered here. */
export function survivalView(shownPatients: readonly PatientRow[], {filters, origin, groupBy, conventions, testChoice, landmarks, tau}: SurvivalControls): SurvivalView {
  const subset = filterPatients(shownPatients, filters);
  const {confLevel} = conventions;
  const hasEntry = Boolean(ENDPOINTS[origin].entry);
  const startTime = hasEntry ? entryStartTime(subset, {endpoint: origin, groupBy}) : null;
  const offered = hasEntry ? SURVIVAL_ANALYSES.filter((a) => a !== "conditional" || startTime !== null) : (["naive"] as const);
  const analyses = offered.map((analysis) => ({
    analysis,
    comparison: compareSurvival(subset, {
      endpoint: origin,
      groupBy,
      ...conventions,
      ...testChoice,
      ...(landmarks ? {landmarks} : {}),
      delayedEntry: analysis !== "naive",
      startTime: analysis === "conditional" ? (startTime ?? undefined) : undefined
    })
  }));
  // Hazard ratios and restricted means compare two groups; a column of more levels gets the k-group test alone.
  const effects = GROUP_LEVELS[groupBy].length === 2 ? effectEstimates(subset, {endpoint: origin, groupBy, confLevel, tau}) : null;
  return {
    startTime,
    analyses,
    meanEntry: meanEntryTime(subset, origin) ?? null,
    effects,
    byTau: effects ? rmstByTau(subset, {endpoint: origin, groupBy, confLevel, tauMax: effects.tauMax}) : [],
    population: analysedPopulation(subset, origin, groupBy),
    interaction: groupBy === "arm" ? interactionTest(subset, {endpoint: origin, confLevel}) : null
  };
}

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
  /** The view from the default origin under the default controls and this state's filters. */
  view: SurvivalView;
  /** Per analysis, the family under the default test. */
  families: Record<SurvivalAnalysis, PublishedFamily>;
  /** What data/risk-table.json says MIN_CELL left out, for suppressedNote. */
  suppression: {minCell: number | null; suppressed: RiskTablePattern[]};
}

export const SURVIVAL_PARTS: PageParts<SurvivalStatistics> = {view: ["tumor", "hormonal", "extrahepatic"], families: [], suppression: []};

/** Each analysis's family under the default test, as published: the same under every filter, so the build weighs it once. */
export function survivalPublishedFamilies(patients: readonly PatientRow[]): SurvivalStatistics["families"] {
  return Object.fromEntries(SURVIVAL_ANALYSES.map((a) => [a, publishFamily(survivalFamily(patients, a, DEFAULT_TEST), survivalFamilyStates(a))])) as SurvivalStatistics["families"];
}

/** The page's statistics in one filter state, from the default origin's rows (endpointRows of the risk table's weighted rows); what no filter changes computed once for every state. */
export function survivalStatistics(originRows: readonly PatientRow[], filters: PatientFilters, shared: Pick<SurvivalStatistics, "families" | "suppression">): SurvivalStatistics {
  return {view: survivalView(originRows, {filters, origin: DEFAULT_ORIGIN, groupBy: "arm", conventions: DEFAULT_CONVENTIONS, testChoice: DEFAULT_TEST, landmarks: null, tau: undefined}), ...shared};
}

/** What the build published for one filter state: each reader gives null where the controls in force are not the defaults it was computed under, and the page computes that from rows. */
export interface PublishedSurvival {
  view(controls: SurvivalControls): SurvivalView | null;
  family(analysis: SurvivalAnalysis, testChoice: TestChoice): ViewFamily | null;
  suppression: SurvivalStatistics["suppression"];
}

const sameFilters = (a: Partial<PatientFilters>, b: PatientFilters) => (Object.keys(NO_FILTERS) as (keyof PatientFilters)[]).every((k) => (a[k] ?? "all") === b[k]);

/** Reads data/page-statistics/survival.json for a filter state. */
export function publishedSurvival(table: PageStatistics, filters: Partial<PatientFilters>): PublishedSurvival {
  const state: PatientFilters = {...NO_FILTERS, ...filters};
  // Each part revived when asked for: the family alone rebuilds no curves.
  const part = <K extends keyof SurvivalStatistics & string>(name: K) => readPublishedPart(table, SURVIVAL_PARTS, state, name);
  return {
    view: ({filters: shown, origin, groupBy, conventions, testChoice, landmarks, tau}) =>
      sameFilters(shown, state) && origin === DEFAULT_ORIGIN && groupBy === "arm" && isDefaultConventions(conventions) && isDefaultTest(testChoice) && landmarks === null && tau === undefined ? part("view") : null,
    family: (analysis, testChoice) => (isDefaultTest(testChoice) ? readFamily(part("families")[analysis]) : null),
    suppression: part("suppression")
  };
}

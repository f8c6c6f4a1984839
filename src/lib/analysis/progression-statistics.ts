// What /progression computes from rows (patient rows, or a risk table's
// weighted rows), in one place for the page and the build: the build
// evaluates it from the published risk table for every tumour filter and
// endpoint under the default controls, so a fresh visit without patient rows
// reads numbers instead of rebuilding the weighted rows and refitting them,
// and the page computes only a view the build did not (another convention,
// grouping, test, landmarks or tau), the same way.
import {analysedPopulation, type AnalysedPopulation} from "./analysed-population.js";
import {compareSurvival, type SurvivalComparison} from "./compare-survival.js";
import {DEFAULT_CONVENTIONS, DEFAULT_TEST, isDefaultConventions, isDefaultTest, type Conventions, type TestChoice} from "./conventions.js";
import {effectEstimates, type EffectEstimates} from "./effect-estimates.js";
import type {EndpointId} from "./endpoints.js";
import {endpointRows} from "./endpoint-rows.js";
import {filterPatients, type PatientFilters} from "./filter-patients.js";
import {GROUP_LEVELS, type GroupBy} from "./group-columns.js";
import {interactionTest, type InteractionTest} from "./interaction-test.js";
import type {PatientRow} from "./patient-row.js";
import {readPublishedPart, type PageParts, type PageStatistics} from "./published-statistics.js";
import type {RiskTablePattern} from "./risk-table-patients.js";
import {publishFamily, readFamily, type PublishedFamily} from "./published-family.js";
import {rmstByTau, type RmstAtTau} from "./rmst-by-tau.js";
import {FILTER_CHOICES, filterStates, viewFamily, type ViewFamily, type ViewState} from "./view-family.js";

export const PROGRESSION_ENDPOINTS = ["ttp", "tttf"] as const satisfies readonly EndpointId[];
export type ProgressionEndpoint = (typeof PROGRESSION_ENDPOINTS)[number];
const ARMS = ["chemoembolization", "bland"] as const;

/** The controls a view of the page depends on. */
export interface ProgressionControls {
  filters: Partial<PatientFilters>;
  endpoint: ProgressionEndpoint;
  groupBy: GroupBy;
  conventions: Conventions;
  /** The test chosen beside the curves (test-choice-input.ts). */
  testChoice: TestChoice;
  landmarks: number[] | null;
  tau: number | undefined;
}

export interface ProgressionView {
  byGroup: SurvivalComparison;
  /** Null when the grouping has more than two levels. */
  effects: EffectEstimates | null;
  byTau: RmstAtTau[];
  population: AnalysedPopulation;
  /** Tumour types compared within each arm. */
  withinArm: {arm: (typeof ARMS)[number]; population: AnalysedPopulation; comparison: SurvivalComparison; effects: EffectEstimates}[];
}

/** A view's statistics from the endpoint's rows (endpointRows), filtered here. */
export function progressionView(shownPatients: readonly PatientRow[], {filters, endpoint, groupBy, conventions, testChoice, landmarks, tau}: ProgressionControls): ProgressionView {
  const subset = filterPatients(shownPatients, filters);
  const testOptions = {...conventions, ...testChoice, ...(landmarks ? {landmarks} : {})};
  const {confLevel} = conventions;
  const byGroup = compareSurvival(subset, {endpoint, groupBy, ...testOptions});
  // Hazard ratios and restricted means compare two groups; a column of more levels gets the k-group test alone.
  const effects = GROUP_LEVELS[groupBy].length === 2 ? effectEstimates(subset, {endpoint, groupBy, confLevel, tau}) : null;
  return {
    byGroup,
    effects,
    byTau: effects ? rmstByTau(subset, {endpoint, groupBy, confLevel, tauMax: effects.tauMax}) : [],
    population: analysedPopulation(subset, endpoint, groupBy),
    withinArm: ARMS.map((arm) => {
      const rows = subset.filter((p) => p.arm === arm);
      return {
        arm,
        population: analysedPopulation(rows, endpoint, "tumor"),
        comparison: compareSurvival(rows, {endpoint, groupBy: "tumor", ...testOptions}),
        effects: effectEstimates(rows, {endpoint, groupBy: "tumor", confLevel, tau})
      };
    })
  };
}

/** The key a view's statistics and charts are kept by: every control it depends on but the conventions, which stay as loaded while the page is open. */
export function progressionViewKey({filters, endpoint, groupBy, testChoice, landmarks, tau}: ProgressionControls): string {
  return JSON.stringify([filters, endpoint, groupBy, testChoice, landmarks, tau ?? null]);
}

/**
 * The views one click away from `controls`, likeliest first: each other tumour filter, the other endpoint, each other
 * grouping of `groupKeys` (Compare). The page computes them while the reader reads (when-idle.ts).
 */
export function progressionNeighbours(controls: ProgressionControls, groupKeys: readonly GroupBy[]): ProgressionControls[] {
  const tumor = controls.filters.tumor ?? "all";
  return [
    ...FILTER_CHOICES.tumor.filter((t) => t !== tumor).map((t) => ({...controls, filters: {...controls.filters, tumor: t}})),
    ...PROGRESSION_ENDPOINTS.filter((e) => e !== controls.endpoint).map((endpoint) => ({...controls, endpoint})),
    ...groupKeys.filter((g) => g !== controls.groupBy).map((groupBy) => ({...controls, groupBy}))
  ];
}

/** Every test the page's controls can show: arms within each tumour filter, and tumour types within each arm. */
export const PROGRESSION_FAMILY_STATES: ViewState[] = filterStates(["tumor"]).flatMap((filters) =>
  PROGRESSION_ENDPOINTS.flatMap((endpoint) => [{filters, endpoint, groupBy: "arm" as GroupBy}, ...ARMS.map((arm) => ({filters, endpoint, groupBy: "tumor" as GroupBy, arm}))])
);

/** The page's family of tests under the chosen test (viewFamily). */
export function progressionFamily(patients: readonly PatientRow[], testChoice: ProgressionControls["testChoice"]): ViewFamily {
  return viewFamily(patients, PROGRESSION_FAMILY_STATES, testChoice);
}

export interface ProgressionStatistics {
  /** Per endpoint, the view under the default controls and this state's tumour filter. */
  views: Record<ProgressionEndpoint, ProgressionView>;
  /** Per endpoint, the arm × tumour-type interaction at the default confidence level. */
  interaction: Record<ProgressionEndpoint, InteractionTest>;
  /** The family under the default test. */
  family: PublishedFamily;
  /** What data/risk-table.json says MIN_CELL left out, for suppressedNote. */
  suppression: {minCell: number | null; suppressed: RiskTablePattern[]};
}

export const PROGRESSION_PARTS: PageParts<ProgressionStatistics> = {views: ["tumor"], interaction: [], family: [], suppression: []};


const eachEndpoint = <R>(patients: readonly PatientRow[], f: (endpoint: ProgressionEndpoint, rows: PatientRow[]) => R) =>
  Object.fromEntries(PROGRESSION_ENDPOINTS.map((e) => [e, f(e, endpointRows(patients, e))])) as Record<ProgressionEndpoint, R>;

/** Both endpoints' interaction tests on the whole cohort, at the default level: the same under every tumour filter, so the build fits them once. */
export function progressionInteraction(patients: readonly PatientRow[]): ProgressionStatistics["interaction"] {
  return eachEndpoint(patients, (endpoint, rows) => interactionTest(rows, {endpoint, confLevel: DEFAULT_CONVENTIONS.confLevel}));
}

/** The page's statistics in one tumour-filter state, from the risk table's weighted rows of this page's endpoints; what no filter changes (the family, the interaction tests, the suppressed patterns) computed once for every state. */
export function progressionStatistics(patients: readonly PatientRow[], tumor: PatientFilters["tumor"], shared: Pick<ProgressionStatistics, "family" | "interaction" | "suppression">): ProgressionStatistics {
  return {
    views: eachEndpoint(patients, (endpoint, rows) => progressionView(rows, {filters: {tumor}, endpoint, groupBy: "arm", conventions: DEFAULT_CONVENTIONS, testChoice: DEFAULT_TEST, landmarks: null, tau: undefined})),
    ...shared
  };
}

/** The default test's family as published. */
export function progressionPublishedFamily(patients: readonly PatientRow[]): PublishedFamily {
  return publishFamily(progressionFamily(patients, DEFAULT_TEST), PROGRESSION_FAMILY_STATES);
}


/** What the build published for one tumour filter: each reader gives null where the controls in force are not the defaults it was computed under, and the page computes that from rows. */
export interface PublishedProgression {
  view(controls: ProgressionControls): ProgressionView | null;
  interaction(endpoint: ProgressionEndpoint, confLevel: number): InteractionTest | null;
  family(testChoice: ProgressionControls["testChoice"]): ViewFamily | null;
  suppression: ProgressionStatistics["suppression"];
}

/** Reads data/page-statistics/progression.json for a tumour filter. */
export function publishedProgression(table: PageStatistics, tumor: PatientFilters["tumor"]): PublishedProgression {
  // Each part revived when asked for: the family and the interaction tests alone rebuild no curves.
  const part = <K extends keyof ProgressionStatistics & string>(name: K) => readPublishedPart(table, PROGRESSION_PARTS, {tumor}, name);
  return {
    view: ({filters, endpoint, groupBy, conventions, testChoice, landmarks, tau}) =>
      (filters.tumor ?? "all") === tumor && groupBy === "arm" && isDefaultConventions(conventions) && isDefaultTest(testChoice) && landmarks === null && tau === undefined ? part("views")[endpoint] : null,
    interaction: (endpoint, confLevel) => (confLevel === DEFAULT_CONVENTIONS.confLevel ? part("interaction")[endpoint] : null),
    family: (testChoice) => (isDefaultTest(testChoice) ? readFamily(part("family")) : null),
    suppression: part("suppression")
  };
}

// data/page-statistics/<page>.json: every statistic a non-survival page
// computes from rows, evaluated at build time for every state of its controls,
// so it works when the rows are not published. One file per page, so a page
// downloads its own statistics and no other's. A build from aggregates
// computed elsewhere (COHORT_AGGREGATES) evaluates the pages its counts
// determine (FROM_COUNTS) on the risk table's weighted rows; the others have
// no rows to evaluate them on and say so.
import {cohortFamily, cohortStatistics, COHORT_PARTS} from "../../src/lib/analysis/cohort-statistics.js";
import {methodsStatistics, METHODS_PARTS} from "../../src/lib/analysis/methods-statistics.js";
import {overviewStatistics, OVERVIEW_PARTS, type OverviewState} from "../../src/lib/analysis/overview-statistics.js";
import type {PatientRow, ProcedureRow} from "../../src/lib/analysis/patient-row.js";
import type {PageState} from "../../src/lib/analysis/page-state.js";
import {publishedReplacer, type PageParts, type PageStatistics, type StatisticsPage} from "../../src/lib/analysis/published-statistics.js";
import {responseFamily, responseStatistics, RESPONSE_PARTS} from "../../src/lib/analysis/response-statistics.js";
import {safetyFamily, safetyStatistics, SAFETY_PARTS} from "../../src/lib/analysis/safety-statistics.js";
import {trialDesignStatistics, TRIAL_DESIGN_PARTS} from "../../src/lib/analysis/trial-design-statistics.js";
import type {EndpointId} from "../../src/lib/analysis/endpoints.js";
import type {PatientFilters} from "../../src/lib/analysis/filter-patients.js";
import {publishParts} from "./publish-parts.js";

export interface Rows {
  patients: readonly PatientRow[];
  procedures: readonly ProcedureRow[];
}

/** The pages evaluated on the cohort's rows; /progression and /survival read the risk table (progression-page-statistics.ts, survival-page-statistics.ts). */
export type RowsStatisticsPage = Exclude<StatisticsPage, "progression" | "survival">;

type Publish = <R>(parts: PageParts<R>, compute: (state: Required<PageState>) => R) => Record<string, Record<string, unknown>>;

const filters = (s: {tumor: unknown; hormonal: unknown; extrahepatic: unknown}) => s as unknown as PatientFilters;

// Each page's parts over every state of its controls; a family of tests is built once per page, not per state,
// and under MIN_CELL holds only the tests of the states shown.
const PAGES: Record<RowsStatisticsPage, (rows: Rows, publish: Publish, minCell: number | null) => Record<string, Record<string, unknown>>> = {
  overview: ({patients, procedures}, publish) => publish(OVERVIEW_PARTS, (s) => overviewStatistics(patients, procedures, s as unknown as OverviewState)),
  cohort: ({patients, procedures}, publish, minCell) => {
    const tests = cohortFamily(patients, minCell);
    return publish(COHORT_PARTS, (s) => cohortStatistics(patients, procedures, filters(s), tests));
  },
  safety: ({patients, procedures}, publish, minCell) => {
    const tests = safetyFamily(patients, procedures, minCell);
    return publish(SAFETY_PARTS, (s) => safetyStatistics(patients, procedures, {tumor: filters(s).tumor, confLevel: s.confLevel as number}, tests));
  },
  response: ({patients}, publish, minCell) => {
    const tests = responseFamily(patients, minCell);
    return publish(RESPONSE_PARTS, (s) => responseStatistics(patients, {tumor: filters(s).tumor, hormonal: filters(s).hormonal, confLevel: s.confLevel as number}, tests, {minCell}));
  },
  methods: ({patients}, publish) => publish(METHODS_PARTS, (s) => methodsStatistics(patients, s as never)),
  "trial-design": ({patients}, publish) => publish(TRIAL_DESIGN_PARTS, (s) => trialDesignStatistics(patients, {endpoint: s.endpoint as EndpointId}))
};

export const STATISTICS_PAGES = Object.keys(PAGES) as RowsStatisticsPage[];

/**
 * The pages whose statistics a risk table's counts determine exactly (survival
 * by arm alone), so a build from aggregates (COHORT_AGGREGATES) publishes them
 * from riskTablePatients' weighted rows. The others need procedures or columns
 * a risk table does not hold.
 */
export const FROM_COUNTS: ReadonlySet<RowsStatisticsPage> = new Set<RowsStatisticsPage>(["trial-design"]);

/** One page's statistics; `cohort` null: the build has no rows, so nothing is published. Weighted risk-table rows count as the patients they stand for. */
export function pageStatistics(page: RowsStatisticsPage, cohort: Rows | null, minCell: number | null): PageStatistics {
  if (cohort === null) return {page, available: false, minCell, parts: {}};
  const publish: Publish = (parts, compute) => publishParts(cohort.patients, parts, compute, minCell);
  return {page, available: true, minCell, parts: PAGES[page](cohort, publish, minCell)};
}

/** As JSON that readPublished restores exactly (publishedReplacer). */
export function pageStatisticsJson(statistics: PageStatistics): string {
  return JSON.stringify(statistics, publishedReplacer);
}

// data/page-statistics.json: every statistic the non-survival pages compute
// from rows, evaluated at build time for every state of their controls, so
// they work when the rows are not published. A build from aggregates computed
// elsewhere (COHORT_AGGREGATES) has no rows to evaluate them on and says so.
import {cohortFamily, cohortStatistics, COHORT_PARTS} from "../../src/lib/analysis/cohort-statistics.js";
import {methodsStatistics, METHODS_PARTS} from "../../src/lib/analysis/methods-statistics.js";
import {overviewStatistics, OVERVIEW_PARTS, type OverviewState} from "../../src/lib/analysis/overview-statistics.js";
import type {PatientRow, ProcedureRow} from "../../src/lib/analysis/patient-row.js";
import type {PageState} from "../../src/lib/analysis/page-state.js";
import {publishedReplacer, type PageParts, type PageStatistics} from "../../src/lib/analysis/published-statistics.js";
import {responseFamily, responseStatistics, RESPONSE_PARTS} from "../../src/lib/analysis/response-statistics.js";
import {safetyFamily, safetyStatistics, SAFETY_PARTS} from "../../src/lib/analysis/safety-statistics.js";
import {trialDesignStatistics, TRIAL_DESIGN_PARTS} from "../../src/lib/analysis/trial-design-statistics.js";
import type {EndpointId} from "../../src/lib/analysis/endpoints.js";
import type {PatientFilters} from "../../src/lib/analysis/filter-patients.js";
import {publishParts} from "./publish-parts.js";

/** `cohort` null: the build has no rows, so nothing is published. */
export function pageStatistics(cohort: {patients: readonly PatientRow[]; procedures: readonly ProcedureRow[]} | null, minCell: number | null): PageStatistics {
  if (cohort === null) return {available: false, minCell, pages: {}};
  const {patients, procedures} = cohort;
  const publish = <R>(parts: PageParts<R>, compute: (state: Required<PageState>) => R) => publishParts(patients, parts, compute, minCell);
  const cohortTests = cohortFamily(patients);
  const safetyTests = safetyFamily(patients, procedures);
  const responseTests = responseFamily(patients);
  const filters = (s: {tumor: unknown; hormonal: unknown; extrahepatic: unknown}) => s as unknown as PatientFilters;
  return {
    available: true,
    minCell,
    pages: {
      overview: publish(OVERVIEW_PARTS, (s) => overviewStatistics(patients, procedures, s as unknown as OverviewState)),
      cohort: publish(COHORT_PARTS, (s) => cohortStatistics(patients, procedures, filters(s), cohortTests)),
      safety: publish(SAFETY_PARTS, (s) => safetyStatistics(patients, procedures, {tumor: filters(s).tumor, confLevel: s.confLevel as number}, safetyTests)),
      response: publish(RESPONSE_PARTS, (s) => responseStatistics(patients, {tumor: filters(s).tumor, hormonal: filters(s).hormonal, confLevel: s.confLevel as number}, responseTests)),
      methods: publish(METHODS_PARTS, (s) => methodsStatistics(patients, s as never)),
      trialDesign: publish(TRIAL_DESIGN_PARTS, (s) => trialDesignStatistics(patients, {endpoint: s.endpoint as EndpointId}))
    }
  };
}

/** As JSON that readPublished restores exactly (publishedReplacer). */
export function pageStatisticsJson(statistics: PageStatistics): string {
  return JSON.stringify(statistics, publishedReplacer);
}

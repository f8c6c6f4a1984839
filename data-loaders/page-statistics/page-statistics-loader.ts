// What each of the thin loaders in src/data/page-statistics/ runs: one page's
// statistics from the cohort and publication settings of the environment.
// Data on stdout, logs on stderr; a bad supplied cohort exits 1.
import {loadCohort, runLoader} from "../reconstruction/load-cohort.js";
import {publication} from "../publication.js";
import type {StatisticsPage} from "../../src/lib/analysis/published-statistics.js";
import {pageStatistics, pageStatisticsJson} from "./page-statistics.js";

export function pageStatisticsLoader(page: StatisticsPage, env: Record<string, string | undefined> = process.env): void {
  runLoader(() => {
    const {minCell} = publication(env);
    return pageStatisticsJson(pageStatistics(page, env.COHORT_AGGREGATES ? null : loadCohort(env), minCell));
  });
}

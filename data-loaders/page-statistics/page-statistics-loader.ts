// What each of the thin loaders in src/data/page-statistics/ runs: one page's
// statistics from the cohort and publication settings of the environment, or,
// in a build from a risk table (COHORT_AGGREGATES), from its counts where they
// determine the page's statistics.
// Data on stdout, logs on stderr; a bad supplied cohort exits 1.
import {loadCohort, runLoader} from "../reconstruction/load-cohort.js";
import {publication} from "../publication.js";
import {readAggregatesDir} from "../aggregate/published-risk-table.js";
import {riskTablePatients, type RiskTableCount} from "../../src/lib/analysis/risk-table-patients.js";
import {FROM_COUNTS, pageStatistics, pageStatisticsJson, type RowsStatisticsPage} from "./page-statistics.js";

export function pageStatisticsLoader(page: RowsStatisticsPage, env: Record<string, string | undefined> = process.env): void {
  runLoader(() => {
    const {minCell} = publication(env);
    const counts = env.COHORT_AGGREGATES;
    // From counts, a page whose statistics a risk table determines reads its weighted rows; the others have nothing to evaluate.
    const cohort = !counts ? loadCohort(env) : FROM_COUNTS.has(page) ? {patients: riskTablePatients(readAggregatesDir(counts) as RiskTableCount[]), procedures: []} : null;
    return pageStatisticsJson(pageStatistics(page, cohort, minCell));
  });
}

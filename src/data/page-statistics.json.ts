// data/page-statistics.json: the non-survival pages' statistics for every
// state of their controls (data-loaders/page-statistics). Data on stdout, logs
// on stderr; a bad supplied cohort exits 1.
import {pageStatistics, pageStatisticsJson} from "../../data-loaders/page-statistics/page-statistics.js";
import {loadCohort, runLoader} from "../../data-loaders/reconstruction/load-cohort.js";
import {publication} from "../../data-loaders/publication.js";

runLoader(() => {
  const {minCell} = publication();
  return pageStatisticsJson(pageStatistics(process.env.COHORT_AGGREGATES ? null : loadCohort(), minCell));
});

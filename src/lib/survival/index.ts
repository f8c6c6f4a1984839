// Public API of the survival engine. See README.md for formulas and the R
// calls each function matches.
export {aggregateRows, type AggregatedSurvival, type SurvivalRows} from "./aggregate-rows.js";
export {riskTableRows, RiskTableCountsError, type RiskTableCounts, type RiskTableRows} from "./risk-table-rows.js";
export {kaplanMeier, type SurvivalData} from "./kaplan-meier.js";
export {kaplanMeierFromCounts, type KaplanMeierCounts} from "./kaplan-meier-from-counts.js";
export {kaplanMeierByGroup, type GroupedSurvivalData, type GroupOptions} from "./kaplan-meier-by-group.js";
export type {KaplanMeierFit, KaplanMeierOptions} from "./kaplan-meier-curve.js";
export {confTypes, type ConfType, type ConfTypeOption} from "./confidence-band.js";
export {coxLikelihoodShape, type CoxLikelihoodShape} from "./cox-likelihood-shape.js";
export {coxMonotone} from "./cox-monotone.js";
export {coxPH, type CoxPHInput, type CoxPHOptions, type CoxPHResult, type CoxPHTest} from "./cox-ph.js";
export {coxScoreTest, type CoxScoreTestData, type CoxScoreTestOptions, type CoxScoreTestResult} from "./cox-score-test.js";
export {coxWaldTest} from "./cox-wald-test.js";
export {coxZph, type CoxZphOptions, type CoxZphResult, type ZphTransform} from "./cox-zph.js";
export {logRank, type LogRankResult} from "./log-rank.js";
export {logRankTrend, type LogRankTrendOptions, type LogRankTrendResult} from "./log-rank-trend.js";
export type {LogRankData, LogRankOptions, LogRankStatistics} from "./log-rank-statistics.js";
export {survivalAtTimes, type AtTimesOptions, type SurvivalAtTimes} from "./survival-at-times.js";
export {survivalAt} from "./survival-at.js";
export {isEstimatedAt} from "./is-estimated-at.js";
export {riskTable, type RiskTable} from "./risk-table.js";
export {cumulativeHazard, type CumulativeHazard} from "./cumulative-hazard.js";
export {rmst, rmstAtTaus, type RmstContrast, type RmstData, type RmstGroup, type RmstOptions, type RmstResult} from "./rmst.js";

// Public API of the classical-statistics engine. Every function reproduces a
// named R call; see README.md for formulas and the matching R code.
export {chiSquareUpperTail, normalUpperTail, normalTwoSidedP, normalQuantile, tTwoSidedP, tQuantile, betaQuantile, hypergeometricLogPmf, logFactorial} from "./distributions.js";
export type {Alternative, Table2x2} from "./check-input.js";
export {oddsRatio, type OddsRatioOptions, type OddsRatioResult} from "./odds-ratio.js";
export {conditionalOddsRatio, type ConditionalOddsRatio} from "./conditional-odds-ratio.js";
export {fisherExact, type FisherExactOptions, type FisherExactResult} from "./fisher-exact.js";
export {fisherExactRxC, type FisherExactRxCOptions, type FisherExactRxCResult} from "./fisher-exact-rxc.js";
export {noncentralHypergeometric, type NoncentralHypergeometric} from "./noncentral-hypergeometric.js";
export {chiSquareTest, type ChiSquareTestOptions, type ChiSquareTestResult} from "./chi-square-test.js";
export {wilsonInterval, type BinomialInterval} from "./wilson-interval.js";
export {clopperPearsonInterval} from "./clopper-pearson-interval.js";
export {clusteredProportion, type ClusteredProportionResult} from "./clustered-proportion.js";
export {clusteredOddsRatio, type ClusteredOddsRatioResult} from "./clustered-odds-ratio.js";
export {clusterIndex, type ClusterIndex} from "./cluster-index.js";
export {tTest, type TTestOptions, type TTestResult} from "./t-test.js";
export {mannWhitneyU, type MannWhitneyUOptions, type MannWhitneyUResult} from "./mann-whitney-u.js";
export {wilcoxonCounts, wilcoxonTail} from "./wilcoxon-distribution.js";
export {averageRanks, type AverageRanks} from "./average-ranks.js";
export {benjaminiHochberg} from "./benjamini-hochberg.js";
export {uniroot, R_UNIROOT_TOL} from "./uniroot.js";

// Shapes of the engine-validation summary shown on the /methods page.

export type EngineFunction =
  | "kaplanMeier"
  | "kaplanMeierByGroup"
  | "survivalAtTimes"
  | "riskTable"
  | "logRank"
  | "logRankTrend"
  | "rmst"
  | "coxPH"
  | "coxZph"
  | "coxScoreTest"
  | "oddsRatio"
  | "fisherExact"
  | "fisherExactRxC"
  | "chiSquareTest"
  | "wilsonInterval"
  | "clopperPearsonInterval"
  | "clusteredProportion"
  | "clusteredOddsRatio"
  | "tTest"
  | "mannWhitneyU"
  | "benjaminiHochberg"
  | "hypergeometricLogPmf"
  | "averageRanks"
  | "wilcoxonCounts"
  | "uniroot";

/** One engine function (oddsRatio: one row per method) against its R reference cases. */
export interface Row {
  function: EngineFunction;
  /** The R code the reference values come from. */
  rCall: string;
  /** Reference cases recomputed. */
  cases: number;
  /** Numeric values compared (NA against NA counts, with difference 0). */
  values: number;
  /** Largest |ours − R| / max(1, |R|) over the values. */
  maxRelativeDifference: number;
  /** The agreement the unit tests require. */
  tolerance: number;
}

export interface EngineValidation {
  /** R version the survival fixtures record (R.version.string, number only). */
  r: string;
  /** survival package version the survival fixtures record. */
  survival: string;
  rows: Row[];
}

// Shapes of the numbers printed in the paper. Every entry carries enough
// context (what, where, of whom, over what denominator) for the consistency
// analysis and the reconstruction to use it without re-reading the text.

export type Location = "abstract" | "introduction" | "methods" | "results" | "table1" | "table2" | "table3" | "figure" | "discussion";

export type StatisticKind =
  | "count"
  | "percent"
  | "mean"
  | "median"
  | "km_landmark"
  | "km_median"
  | "logrank_p"
  | "ttest_p"
  | "p_value"
  | "odds_ratio"
  | "ci_lower"
  | "ci_upper"
  | "ci_half_width"
  | "range_min"
  | "range_max"
  | "maximum"
  | "cited"
  | "design";

export type Arm = "chemoembolization" | "bland" | "all" | "chemoembolization_vs_bland" | "carcinoid_vs_noncarcinoid";

export type Denominator = "patients" | "procedures" | "evaluable_patients" | "patients_with_symptoms" | "none";

export type TimeOrigin = "embolization" | "diagnosis" | "liver_metastases" | "stabilization" | "none";

/** How the printed figure relates to the true value: rounded to its printed precision, or a bound. */
export type Relation = "rounded" | "less_than" | "greater_than";

export interface PublishedNumber {
  id: string;
  label: string;
  value: number;
  /** The number as printed, with the "�" placeholder resolved (see `inferredSymbol`). */
  text: string;
  decimals: number;
  relation: Relation;
  /** Half-open interval [lo, hi) of true values that print as `text`; bounds for inequalities. */
  band: [number, number];
  location: Location;
  quote: string;
  /** Set when the extraction lost a symbol ("=", "<", ">", "±", "≥", "µ") and we inferred it. */
  inferredSymbol?: string;
  kind: StatisticKind;
  endpoint: string;
  arm: Arm;
  subgroup: string;
  denominator: Denominator;
  /** Landmark or horizon in months, when the statistic is read off a curve. */
  timeMonths?: number;
  timeOrigin: TimeOrigin;
  unit?: "percent" | "months" | "days" | "years" | "procedures" | "patients";
}

export interface Contradiction {
  id: string;
  title: string;
  /** Ids of the conflicting published numbers, all of which exist in the table. */
  numberIds: string[];
  versions: string[];
  followed: string;
  reason: string;
  /** The numbers of `numberIds` the reconstruction does not follow; each carries a certificate of infeasibility (data-loaders/certificates). */
  setAside: string[];
}

export type ToxicityCategory =
  | "pain"
  | "fever"
  | "nausea"
  | "vomiting"
  | "fatigue"
  | "weight_loss"
  | "bilirubin"
  | "ggt_alp"
  | "ast"
  | "alt"
  | "infection"
  | "cardiac"
  | "other";

export interface ToxicityColumn {
  category: ToxicityCategory;
  /** Percent of procedures with grade 1..5 (index 0..4). */
  grades: [number, number, number, number, number];
  total: number;
  /** Printed "±" half-width of the 95% CI; null where the table prints no interval. */
  ciHalfWidth: number | null;
}

export interface ToxicityTable {
  id: "table1" | "table2";
  modality: "chemoembolization" | "bland";
  title: string;
  columns: ToxicityColumn[];
}

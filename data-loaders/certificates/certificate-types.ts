// A certificate of infeasibility: which printed numbers it combines and which
// exhaustive enumeration shows that no cohort prints all of them. Only ids are
// stored; the verifier reads every band from data-loaders/published, so a
// certificate cannot carry numbers of its own.

export type Certificate =
  /** Two printings of one statistic (same curve, same landmark) whose rounding bands do not meet. */
  | {kind: "disjoint_bands"; number: string; other: string}
  /** A landmark below 50% at a time before the median's band: the curve's median is at or before that landmark. */
  | {kind: "landmark_below_median"; number: string; median: string}
  /** A percentage of a count over a total: every integer count and total in their bands, none prints the percentage. */
  | {kind: "share_of_count"; number: string; count: string; of: string}
  /**
   * Two percentages of two groups whose counts add to a total: every split of
   * every total in band, with the other group's percentage printing, leaves
   * this group's percentage outside its band.
   */
  | {kind: "split_of_total"; number: string; total: string; groupSize: string; other: string; otherGroupSize: string}
  /** A pooled percentage of the procedures of both toxicity tables: every procedure split and count the tables allow misses it. */
  | {kind: "pooled_table_share"; number: string; columns: [string, string]; procedures: string}
  /** A 2×2 P value over the procedures of both tables: Fisher exact and chi-square (with and without correction) on every admissible table miss it. */
  | {kind: "table_p_value"; number: string; columns: [string, string]; procedures: string};

export interface Verification {
  verified: boolean;
  /** How many admissible combinations the enumeration went through. */
  checked: number;
  /** What was enumerated and what it found, in words. */
  summary: string;
}

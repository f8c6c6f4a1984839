import type {ToxicityCategory, ToxicityColumn, ToxicityTable} from "./types.js";

/*
 * Tables 1 and 2 reassembled from the text extraction, where each table was cut
 * into vertical strips printed far apart:
 *   strip 1  "Grade Pain Fever Nausea Vo" / "... V"          (grades 1–5, totals)
 *   strip 2  the stray lines "tio / mi A / 31 1 1 0 0 / 4 � 3 / � e a" (table 1)
 *            and "tio / om / 2 / 8 � 1 / � e a" (table 2)
 *   strip 3  "ting Fatigue Weight Loss Bilirubin GGT/ALP" / "iting Fatigue ..."
 *   strip 4  "ST ALT Infection Cardiac Other" / "AST ALT Infection Cardiac Other"
 * Each stray line joins two narrow slivers: one between strips 1 and 3 (the
 * title's "Chemoemboliza|tio|n", "Vo|mi|ting", "V|om|iting", the note's
 * "ALT |=| alanine") and one between strips 3 and 4 ("|A|ST", the note's
 * "aspartat|e a|minotransferase"). Hence in table 1 the vomiting cells are
 * 31, 1, 1, 0, 0 (whole in the first sliver, strip 3 rows carry only four
 * numbers) and the totals line splits as "3|4 ±|9" = vomiting 34 ± 9 and
 * "|3|± 2" = AST 3 ± 2. In table 2 the vomiting grade 1 is "2|4" = 24 (strip 3
 * rows carry five numbers, the first being the vomiting tail), grade 2 is 4, and
 * the totals split as "2|8 ±|11" = vomiting 28 ± 11 and "|1|± 2" = AST 1 ± 2.
 * Table 2 prints bilirubin and ALT totals as a bare "0" without an interval.
 * Every column's grades sum to its total within rounding (see the tests).
 */

const CATEGORIES: ToxicityCategory[] = [
  "pain", "fever", "nausea", "vomiting", "fatigue", "weight_loss", "bilirubin", "ggt_alp", "ast", "alt", "infection", "cardiac", "other"
];

export const TOXICITY_LABELS: Record<ToxicityCategory, string> = {
  pain: "Pain",
  fever: "Fever",
  nausea: "Nausea",
  vomiting: "Vomiting",
  fatigue: "Fatigue",
  weight_loss: "Weight loss",
  bilirubin: "Bilirubin",
  ggt_alp: "GGT/ALP",
  ast: "AST",
  alt: "ALT",
  infection: "Infection",
  cardiac: "Cardiac",
  other: "Other"
};

function table(rows: number[][], totals: number[], halfWidths: (number | null)[]): ToxicityColumn[] {
  return CATEGORIES.map((category, j) => ({
    category,
    grades: [rows[0][j], rows[1][j], rows[2][j], rows[3][j], rows[4][j]],
    total: totals[j],
    ciHalfWidth: halfWidths[j]
  }));
}

export const TABLE1: ToxicityTable = {
  id: "table1",
  modality: "chemoembolization",
  title: "Procedural Toxicities of Chemoembolization According to CTCAE Version 3.0 (%)",
  columns: table(
    [
      [70, 21, 53, 31, 6, 12, 0, 18, 1, 1, 3, 7, 11],
      [18, 1, 3, 1, 4, 1, 1, 9, 1, 1, 3, 3, 6],
      [3, 0, 1, 1, 0, 0, 0, 4, 1, 0, 1, 0, 1],
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    ],
    [91, 22, 57, 34, 9, 14, 1, 30, 3, 2, 6, 10, 18],
    [16, 7, 14, 9, 3, 5, 1, 7, 2, 2, 3, 4, 5]
  )
};

export const TABLE2: ToxicityTable = {
  id: "table2",
  modality: "bland",
  title: "Procedural Toxicities of Bland Embolization According to CTCAE Version 3.0 (%)",
  columns: table(
    [
      [46, 11, 33, 24, 11, 8, 0, 16, 0, 0, 0, 3, 6],
      [19, 0, 5, 4, 0, 3, 0, 5, 0, 0, 1, 6, 8],
      [0, 0, 0, 0, 0, 0, 0, 3, 1, 0, 0, 1, 1],
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]
    ],
    [65, 11, 38, 28, 11, 10, 0, 24, 1, 0, 1, 10, 16],
    [18, 7, 15, 11, 6, 5, null, 9, 2, null, 2, 5, 7]
  )
};

export const TOXICITY_TABLES: readonly ToxicityTable[] = [TABLE1, TABLE2];

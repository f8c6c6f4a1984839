// The paper's Tables 1 and 2: for each modality, the share of procedures with
// each CTCAE grade of each toxicity, and of any grade, with Wilson 95% CIs.
import {wilsonInterval} from "../stats/index.js";
import type {ProcedureRow} from "./patient-row.js";

export const TOXICITIES = [
  ["pain", "Pain"], ["fever", "Fever"], ["nausea", "Nausea"], ["vomiting", "Vomiting"], ["fatigue", "Fatigue"],
  ["weight_loss", "Weight loss"], ["bilirubin", "Bilirubin"], ["ggt_alp", "GGT/ALP"], ["ast", "AST"], ["alt", "ALT"],
  ["infection", "Infection"], ["cardiac", "Cardiac"], ["other", "Other"]
] as const;

export type Toxicity = (typeof TOXICITIES)[number][0];

export interface ToxicityCell {
  modality: ProcedureRow["modality"];
  toxicity: Toxicity;
  label: string;
  /** 1–5, or "any" for grade 1 or worse. */
  grade: number | "any";
  count: number;
  procedures: number;
  percent: number | null;
  lower: number | null;
  upper: number | null;
}

export function toxicitySummary(procedures: readonly ProcedureRow[], confLevel = 0.95): ToxicityCell[] {
  const cells: ToxicityCell[] = [];
  for (const modality of ["chemoembolization", "bland"] as const) {
    const rows = procedures.filter((r) => r.modality === modality);
    for (const [toxicity, label] of TOXICITIES) {
      const grades = rows.map((r) => r[`grade_${toxicity}`]);
      for (const grade of [1, 2, 3, 4, 5, "any"] as const) {
        const count = grades.filter((g) => (grade === "any" ? g >= 1 : g === grade)).length;
        const ci = rows.length ? wilsonInterval(count, rows.length, {confLevel}) : null;
        cells.push({
          modality, toxicity, label, grade, count, procedures: rows.length,
          percent: rows.length ? (100 * count) / rows.length : null,
          lower: ci ? 100 * ci.lower : null,
          upper: ci ? 100 * ci.upper : null
        });
      }
    }
  }
  return cells;
}

/** Worst grade of any toxicity on one procedure. */
export function worstGrade(procedure: ProcedureRow): number {
  return Math.max(...TOXICITIES.map(([toxicity]) => procedure[`grade_${toxicity}`]));
}

// The paper's Tables 1 and 2: for each modality, the share of procedures with
// each CTCAE grade of each toxicity, and of any grade, with Wilson CIs (which
// treat procedures as independent) and cluster-robust CIs (patients as
// clusters: one patient's procedures share the patient's risk).
import {clusteredProportion, wilsonInterval} from "../stats/index.js";
import {clusterCodes} from "./cluster-codes.js";
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
  /** Cluster-robust interval, patients as clusters (R glm + sandwich::vcovCL, logit scale); null without events, with every procedure, or with one patient. */
  clusteredLower: number | null;
  clusteredUpper: number | null;
}

export function toxicitySummary(procedures: readonly ProcedureRow[], confLevel = 0.95): ToxicityCell[] {
  const cells: ToxicityCell[] = [];
  for (const modality of ["chemoembolization", "bland"] as const) {
    const rows = procedures.filter((r) => r.modality === modality);
    const patients = clusterCodes(rows, (r) => r.patient_id);
    for (const [toxicity, label] of TOXICITIES) {
      const grades = rows.map((r) => r[`grade_${toxicity}`]);
      for (const grade of [1, 2, 3, 4, 5, "any"] as const) {
        const has = Uint8Array.from(grades, (g) => Number(grade === "any" ? g >= 1 : g === grade));
        const count = has.reduce((s, v) => s + v, 0);
        const ci = rows.length ? wilsonInterval(count, rows.length, {confLevel}) : null;
        const clustered = rows.length ? clusteredProportion(has, patients, {confLevel}) : null;
        cells.push({
          modality, toxicity, label, grade, count, procedures: rows.length,
          percent: rows.length ? (100 * count) / rows.length : null,
          lower: ci ? 100 * ci.lower : null,
          upper: ci ? 100 * ci.upper : null,
          clusteredLower: clustered?.lower == null ? null : 100 * clustered.lower,
          clusteredUpper: clustered?.upper == null ? null : 100 * clustered.upper
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

// The patient and procedure columns the analyses read, as parse-cohort-csv.ts
// reads the published tables (by the types of cohort-columns.ts: ids are
// strings, flags and counts integers, empty cells null). The full schema, with
// its validation, lives in data-loaders/cohort-schema.ts.
import type {EndpointId} from "./endpoints.js";

export interface PatientRow {
  id: string;
  arm: "chemoembolization" | "bland";
  sex: "F" | "M";
  age_at_diagnosis: number;
  primary_tumor: "carcinoid" | "pancreatic_islet" | "gastrinoma" | "other_net" | "uncharacterized";
  hormonally_active: 0 | 1;
  extrahepatic_disease: 0 | 1;
  prior_primary_resection: 0 | 1;
  prior_hepatectomy: 0 | 1;
  prior_chemotherapy: 0 | 1;
  prior_radiation: 0 | 1;
  liver_metastases_3plus: 0 | 1;
  months_diagnosis_to_liver_metastases: number;
  months_liver_metastases_to_embolization: number;
  procedures_initial_cycle: number;
  procedures_total: number;
  retreated: 0 | 1;
  lost_to_follow_up: 0 | 1;
  response_1mo: "regression" | "stabilization" | "progression" | null;
  ttp_months: number | null;
  ttp_event: 0 | 1 | null;
  tttf_months: number | null;
  tttf_event: 0 | 1 | null;
  symptom_relief: 0 | 1 | null;
  symptom_relief_months: number | null;
  os_months: number;
  os_event: 0 | 1;
  /**
   * A row of a published risk table (risk-table-patients.ts) rather than a
   * patient: it stands for `weight` patients, on this one endpoint only.
   */
  endpoint?: EndpointId;
  weight?: number;
}

/** How many patients a row stands for: 1, or a risk-table row's weight. */
export const weightOf = (p: Pick<PatientRow, "weight">): number => p.weight ?? 1;

/** The patients among rows, weighted: every patient row, or a risk table's rows of the one endpoint every patient has. */
export const patientCount = (rows: readonly Pick<PatientRow, "weight" | "endpoint">[]): number => {
  let n = 0;
  for (const p of rows) if (p.endpoint === undefined || p.endpoint === "os_embolization") n += weightOf(p);
  return n;
};

export interface ProcedureRow {
  patient_id: string;
  procedure_index: number;
  modality: "chemoembolization" | "bland";
  length_of_stay_days: number;
  died_within_30_days: 0 | 1;
  [grade: `grade_${string}`]: number;
}

export type TumorType = "carcinoid" | "noncarcinoid";

export function tumorType(patient: Pick<PatientRow, "primary_tumor">): TumorType {
  return patient.primary_tumor === "carcinoid" ? "carcinoid" : "noncarcinoid";
}

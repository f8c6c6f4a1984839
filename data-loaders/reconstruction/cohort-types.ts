// The reconstruction's working rows, keyed by the CSV column names of the
// cohort schema so they can be written without renaming. Empty CSV cells are
// null here.

export type ArmCode = "chemoembolization" | "bland";
export type PrimaryTumor = "carcinoid" | "pancreatic_islet" | "gastrinoma" | "other_net" | "uncharacterized";
export type Response = "regression" | "stabilization" | "progression";
export type Flag = 0 | 1;

export interface PatientRow {
  id: string;
  arm: ArmCode;
  sex: "male" | "female";
  age_at_diagnosis: number;
  primary_tumor: PrimaryTumor;
  hormonally_active: Flag;
  extrahepatic_disease: Flag;
  prior_primary_resection: Flag;
  prior_hepatectomy: Flag;
  prior_chemotherapy: Flag;
  prior_radiation: Flag;
  liver_metastases_3plus: Flag;
  months_diagnosis_to_liver_metastases: number;
  months_liver_metastases_to_embolization: number;
  procedures_initial_cycle: number;
  procedures_total: number;
  retreated: Flag;
  lost_to_follow_up: Flag;
  response_1mo: Response | null;
  ttp_months: number | null;
  ttp_event: Flag | null;
  tttf_months: number | null;
  tttf_event: Flag | null;
  symptom_relief: Flag | null;
  symptom_relief_months: number | null;
  os_months: number;
  os_event: Flag;
}

export interface ProcedureRow {
  patient_id: string;
  procedure_index: number;
  modality: ArmCode;
  length_of_stay_days: number;
  died_within_30_days: Flag;
  grade_pain: number;
  grade_fever: number;
  grade_nausea: number;
  grade_vomiting: number;
  grade_fatigue: number;
  grade_weight_loss: number;
  grade_bilirubin: number;
  grade_ggt_alp: number;
  grade_ast: number;
  grade_alt: number;
  grade_infection: number;
  grade_cardiac: number;
  grade_other: number;
}

export interface Cohort {
  patients: PatientRow[];
  procedures: ProcedureRow[];
}

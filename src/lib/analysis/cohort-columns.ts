// The columns of the published cohort tables, data/patients.csv and
// data/procedures.csv, and what each cell holds. One description for both
// sides: the build's validator (data-loaders/cohort-schema.ts, whose rules
// must parse each column to the type named here, checked by the compiler) and
// the pages' parser (parse-cohort-csv.ts). Ids stay strings whatever they look
// like, so "1", "01" and "1e0" remain three patients.

/** What a non-empty cell holds; an empty cell is null in every column. */
export type CellType = "string" | "integer" | "number";

export const TOXICITY_GRADE_COLUMNS = [
  "grade_pain", "grade_fever", "grade_nausea", "grade_vomiting", "grade_fatigue", "grade_weight_loss",
  "grade_bilirubin", "grade_ggt_alp", "grade_ast", "grade_alt", "grade_infection", "grade_cardiac", "grade_other"
] as const;

export const PATIENT_COLUMNS = [
  "id", "arm", "sex", "age_at_diagnosis", "primary_tumor",
  "hormonally_active", "extrahepatic_disease", "prior_primary_resection", "prior_hepatectomy", "prior_chemotherapy", "prior_radiation", "liver_metastases_3plus",
  "months_diagnosis_to_liver_metastases", "months_liver_metastases_to_embolization",
  "procedures_initial_cycle", "procedures_total", "retreated", "lost_to_follow_up",
  "response_1mo", "ttp_months", "ttp_event", "tttf_months", "tttf_event",
  "symptom_relief", "symptom_relief_months", "os_months", "os_event"
] as const;

export const PROCEDURE_COLUMNS = ["patient_id", "procedure_index", "modality", "length_of_stay_days", "died_within_30_days", ...TOXICITY_GRADE_COLUMNS] as const;

export type PatientColumn = (typeof PATIENT_COLUMNS)[number];
export type ProcedureColumn = (typeof PROCEDURE_COLUMNS)[number];
export type ToxicityGradeColumn = (typeof TOXICITY_GRADE_COLUMNS)[number];

export const PATIENT_COLUMN_TYPES = {
  id: "string",
  arm: "string",
  sex: "string",
  age_at_diagnosis: "number",
  primary_tumor: "string",
  hormonally_active: "integer",
  extrahepatic_disease: "integer",
  prior_primary_resection: "integer",
  prior_hepatectomy: "integer",
  prior_chemotherapy: "integer",
  prior_radiation: "integer",
  liver_metastases_3plus: "integer",
  months_diagnosis_to_liver_metastases: "number",
  months_liver_metastases_to_embolization: "number",
  procedures_initial_cycle: "integer",
  procedures_total: "integer",
  retreated: "integer",
  lost_to_follow_up: "integer",
  response_1mo: "string",
  ttp_months: "number",
  ttp_event: "integer",
  tttf_months: "number",
  tttf_event: "integer",
  symptom_relief: "integer",
  symptom_relief_months: "number",
  os_months: "number",
  os_event: "integer"
} as const satisfies Record<PatientColumn, CellType>;

export const PROCEDURE_COLUMN_TYPES = {
  patient_id: "string",
  procedure_index: "integer",
  modality: "string",
  length_of_stay_days: "number",
  died_within_30_days: "integer",
  ...(Object.fromEntries(TOXICITY_GRADE_COLUMNS.map((c) => [c, "integer"])) as Record<ToxicityGradeColumn, "integer">)
} as const satisfies Record<ProcedureColumn, CellType>;

// The patient columns a reader can group, filter and adjust by on /explore:
// every column of patients.csv (cohort-columns.ts) except the id and the
// endpoints' own times and events, plus the tumour type the paper compares
// (carcinoid or not). Text columns and 0/1 flags are categorical; the others
// are numbers, which a grouping cuts.
import {PATIENT_COLUMN_TYPES, type PatientColumn} from "./cohort-columns.js";
import {tumorType, type PatientRow} from "./patient-row.js";

export type ExploreColumnKind = "categorical" | "numeric";

export interface ExploreColumn {
  id: string;
  label: string;
  kind: ExploreColumnKind;
  value(p: PatientRow): string | number | null;
  /** How a level reads ("1" of a flag reads "yes"). */
  levelName(level: string): string;
}

const ENDPOINT_COLUMNS = new Set<PatientColumn>(["id", "ttp_months", "ttp_event", "tttf_months", "tttf_event", "os_months", "os_event", "symptom_relief_months"]);
const FLAGS = new Set<PatientColumn>([
  "hormonally_active", "extrahepatic_disease", "prior_primary_resection", "prior_hepatectomy", "prior_chemotherapy",
  "prior_radiation", "liver_metastases_3plus", "retreated", "lost_to_follow_up", "symptom_relief"
]);

const LABELS: Partial<Record<PatientColumn, string>> = {
  arm: "Treatment arm",
  sex: "Sex",
  age_at_diagnosis: "Age at diagnosis",
  primary_tumor: "Primary tumour",
  hormonally_active: "Hormonally active",
  extrahepatic_disease: "Extrahepatic disease",
  prior_primary_resection: "Prior resection of the primary",
  prior_hepatectomy: "Prior hepatectomy",
  prior_chemotherapy: "Prior chemotherapy",
  prior_radiation: "Prior radiation",
  liver_metastases_3plus: "Three or more liver metastases",
  months_diagnosis_to_liver_metastases: "Months from diagnosis to liver metastases",
  months_liver_metastases_to_embolization: "Months from liver metastases to embolization",
  procedures_initial_cycle: "Procedures in the initial cycle",
  procedures_total: "Procedures in all",
  retreated: "Retreated",
  lost_to_follow_up: "Lost to follow-up",
  response_1mo: "Response at 1 month",
  symptom_relief: "Symptom relief"
};

const plain = (level: string) => level.replace(/_/g, " ");

export const EXPLORE_COLUMNS: ExploreColumn[] = [
  {id: "tumor_type", label: "Tumour type", kind: "categorical", value: (p) => tumorType(p), levelName: plain},
  ...(Object.keys(PATIENT_COLUMN_TYPES) as PatientColumn[])
    .filter((c) => !ENDPOINT_COLUMNS.has(c))
    .map((c): ExploreColumn => {
      const categorical = PATIENT_COLUMN_TYPES[c] === "string" || FLAGS.has(c);
      return {
        id: c,
        label: LABELS[c] ?? plain(c),
        kind: categorical ? "categorical" : "numeric",
        value: (p) => (p[c] as string | number | null) ?? null,
        levelName: FLAGS.has(c) ? (level) => (level === "1" ? "yes" : level === "0" ? "no" : level) : c === "arm" ? (level) => (level === "bland" ? "bland embolization" : level) : plain
      };
    })
];

export const EXPLORE_COLUMN_IDS = EXPLORE_COLUMNS.map((c) => c.id);

/** The column called `id`; throws naming the known columns otherwise. */
export function exploreColumn(id: string): ExploreColumn {
  const column = EXPLORE_COLUMNS.find((c) => c.id === id);
  if (!column) throw new RangeError(`column "${id}" is not one of ${EXPLORE_COLUMN_IDS.join(", ")}`);
  return column;
}

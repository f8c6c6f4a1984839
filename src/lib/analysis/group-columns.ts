// The categorical patient columns survival curves can be grouped (and a test
// stratified) by: each with its levels in a fixed order and the words a
// reader sees. Only what is known at the first embolization: grouping by a
// later outcome (response, retreatment, symptom relief) would hand one group
// the time it took to reach it, the immortal-time bias.
import {TUMOR_NAMES} from "./baseline-table.js";
import {tumorType, type PatientRow} from "./patient-row.js";

export type GroupBy =
  | "arm"
  | "tumor"
  | "primary_tumor"
  | "sex"
  | "hormonal"
  | "extrahepatic"
  | "prior_primary_resection"
  | "prior_hepatectomy"
  | "prior_chemotherapy"
  | "prior_radiation"
  | "liver_metastases_3plus";

export interface GroupColumn {
  /** What the groups are, after "by": "treatment arm". */
  label: string;
  /** Group values in the order curves, tables and tests list them; unique across columns. */
  levels: string[];
  group(p: PatientRow): string;
}

type Flag = "hormonally_active" | "extrahepatic_disease" | "prior_primary_resection" | "prior_hepatectomy" | "prior_chemotherapy" | "prior_radiation" | "liver_metastases_3plus";

/** A 0/1 column as two groups named `${key}:yes` and `${key}:no`, the patients with the flag first. */
const flag = (key: GroupBy, column: Flag, label: string): GroupColumn => ({
  label,
  levels: [`${key}:yes`, `${key}:no`],
  group: (p) => `${key}:${p[column] === 1 ? "yes" : "no"}`
});

export const GROUP_COLUMNS: Record<GroupBy, GroupColumn> = {
  arm: {label: "treatment arm", levels: ["chemoembolization", "bland"], group: (p) => p.arm},
  tumor: {label: "tumour type", levels: ["carcinoid", "noncarcinoid"], group: tumorType},
  primary_tumor: {label: "primary tumour", levels: Object.keys(TUMOR_NAMES).map((t) => `primary:${t}`), group: (p) => `primary:${p.primary_tumor}`},
  sex: {label: "sex", levels: ["sex:F", "sex:M"], group: (p) => `sex:${p.sex}`},
  hormonal: flag("hormonal", "hormonally_active", "hormonal activity"),
  extrahepatic: flag("extrahepatic", "extrahepatic_disease", "extrahepatic disease"),
  prior_primary_resection: flag("prior_primary_resection", "prior_primary_resection", "prior resection of the primary"),
  prior_hepatectomy: flag("prior_hepatectomy", "prior_hepatectomy", "prior hepatectomy"),
  prior_chemotherapy: flag("prior_chemotherapy", "prior_chemotherapy", "prior chemotherapy"),
  prior_radiation: flag("prior_radiation", "prior_radiation", "prior radiation"),
  liver_metastases_3plus: flag("liver_metastases_3plus", "liver_metastases_3plus", "number of liver metastases")
};

export const GROUP_BY_KEYS = Object.keys(GROUP_COLUMNS) as GroupBy[];

const FLAG_NAMES: Record<string, [yes: string, no: string]> = {
  hormonal: ["Hormonally active", "Hormonally inactive"],
  extrahepatic: ["Extrahepatic disease", "No extrahepatic disease"],
  prior_primary_resection: ["Primary resected", "Primary not resected"],
  prior_hepatectomy: ["Prior hepatectomy", "No prior hepatectomy"],
  prior_chemotherapy: ["Prior chemotherapy", "No prior chemotherapy"],
  prior_radiation: ["Prior radiation", "No prior radiation"],
  liver_metastases_3plus: ["3 or more liver metastases", "Fewer than 3 liver metastases"]
};

/** Every group's name as a reader sees it, by its value. */
export const GROUP_LABELS: Record<string, string> = {
  chemoembolization: "Chemoembolization",
  bland: "Bland embolization",
  carcinoid: "Carcinoid",
  noncarcinoid: "Noncarcinoid",
  ...Object.fromEntries(Object.entries(TUMOR_NAMES).map(([t, name]) => [`primary:${t}`, name])),
  "sex:F": "Women",
  "sex:M": "Men",
  ...Object.fromEntries(Object.entries(FLAG_NAMES).flatMap(([key, [yes, no]]) => [[`${key}:yes`, yes], [`${key}:no`, no]]))
};

/** Each column's levels, by key (the first two are compared by the effect estimates). */
export const GROUP_LEVELS = Object.fromEntries(GROUP_BY_KEYS.map((k) => [k, GROUP_COLUMNS[k].levels])) as Record<GroupBy, string[]>;

/** The group a patient belongs to when comparing by `groupBy`. */
export function groupOf(p: PatientRow, groupBy: GroupBy): string {
  return GROUP_COLUMNS[groupBy].group(p);
}

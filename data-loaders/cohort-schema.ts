// The patient-level schema of the site's published tables data/patients.csv and
// data/procedures.csv, shared by the reconstruction (which writes them) and by
// readCohort (which reads a real cohort dropped in through COHORT_DIR).
//
// Conventions:
// - Times are in months and never negative. os_months runs from the first
//   embolization; months_diagnosis_to_liver_metastases and
//   months_liver_metastases_to_embolization say their own origin.
//   ttp_months and tttf_months are the paper's TTP and TTTF, whose origin is
//   by definition the initial stabilization (the 1-month imaging after the
//   initial cycle); patients who never stabilized have ttp_months = 0 with
//   ttp_event = 1. symptom_relief_months is the duration of the relief.
// - Flags are 0/1. Events are 1 = event observed, 0 = censored.
// - Columns that may be empty (written as an empty field, read as null):
//     response_1mo            not assessed at the 1-month imaging
//     ttp_months, ttp_event   never assessed for progression (no imaging after
//     tttf_months, tttf_event   treatment); each pair is empty together
//     symptom_relief          no hormone-related symptoms to relieve
//     symptom_relief_months   filled exactly when symptom_relief = 1
//   Every other column is required.
// - procedures_total equals the number of rows of the patient in procedures.csv.
// - Plausibility bounds, inclusive, so that a unit mix-up (days entered as
//   months) or a typo (1e308) stops the build instead of skewing every estimate:
//     age_at_diagnosis                     0 to 120 (years)
//     every time in months                 0 to 1200 (100 years)
//     length_of_stay_days                  0 to 365
//     procedures_initial_cycle,
//     procedures_total, procedure_index    1 to 100
// - Ids (id, patient_id) are at most 64 characters, printable (no control,
//   format, separator, private-use, surrogate or unassigned characters, which
//   could hide or reorder text where the ids are shown), without surrounding
//   spaces, and do not start with =, +, - or @, which a spreadsheet opening
//   the published CSV would run as a formula.
// - The paper's definitions also tie columns together (TTP and TTTF within
//   survival, TTP + 1 <= survival for patients who stabilized, TTTF >= TTP, …); rows that break them are reported by
//   cohort-input/definition-checks.ts, not rejected.
import {z} from "zod";
import {codePoint, NON_PRINTABLE} from "./cohort-input/printable.js";
import {
  PATIENT_COLUMNS, PATIENT_COLUMN_TYPES, PROCEDURE_COLUMNS, PROCEDURE_COLUMN_TYPES, TOXICITY_GRADE_COLUMNS,
  type CellType, type PatientColumn, type ProcedureColumn, type ToxicityGradeColumn
} from "../src/lib/analysis/cohort-columns.js";

export const ARMS = ["chemoembolization", "bland"] as const;
export const SEXES = ["F", "M"] as const;
export const PRIMARY_TUMORS = ["carcinoid", "pancreatic_islet", "gastrinoma", "other_net", "uncharacterized"] as const;
export const RESPONSES = ["regression", "stabilization", "progression"] as const;

export type Arm = (typeof ARMS)[number];
export type Sex = (typeof SEXES)[number];
export type PrimaryTumor = (typeof PRIMARY_TUMORS)[number];
export type Response = (typeof RESPONSES)[number];
export type Flag = 0 | 1;
export type Grade = 0 | 1 | 2 | 3 | 4 | 5;

export {PATIENT_COLUMNS, PROCEDURE_COLUMNS, TOXICITY_GRADE_COLUMNS, type PatientColumn, type ProcedureColumn, type ToxicityGradeColumn};

export interface Patient {
  id: string;
  arm: Arm;
  sex: Sex;
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

export type Procedure = {
  patient_id: string;
  procedure_index: number;
  modality: Arm;
  length_of_stay_days: number;
  died_within_30_days: Flag;
} & Record<ToxicityGradeColumn, Grade>;

/**
 * A cell's parser, the type it parses to (as the pages will read it, see
 * cohort-columns.ts) and the wording of the error when it fails
 * ("<value>" is not …). A refinement that says more (an id's length, the
 * character that is not printable) adds a custom issue whose message is
 * used instead.
 */
export interface CellRule<T extends CellType = CellType> {
  schema: z.ZodType<unknown, string>;
  type: T;
  problem: string;
}

/** Each column's rule must parse to the type the pages read it as; the compiler checks it. */
type Rules<C extends string, Types extends Record<C, CellType>> = {[K in C]: CellRule<Types[K]>};

const DECIMAL = /^(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

const AGE_YEARS = 120;
const MONTHS = 1200;
const STAY_DAYS = 365;
/**
 * What a patient can have: procedures in the initial cycle, in all, and the
 * index of one. Well above any course of embolizations the liver tolerates,
 * so only an entry error exceeds it.
 */
const PROCEDURES = 100;
const ID_LENGTH = 64;

const required = <T extends CellType>(type: T, schema: z.ZodType<unknown, string>, problem: string): CellRule<T> => ({schema, type, problem});
const optional = <T extends CellType>(rule: CellRule<T>): CellRule<T> => ({
  schema: z.union([z.literal("").transform(() => null), rule.schema]),
  type: rule.type,
  problem: `${rule.problem} (or empty)`
});

const NOT_AN_ID = "is not a non-empty identifier without surrounding spaces";
// One refinement with one message, so the first problem found is the one reported.
const id = required("string", z.string().superRefine((s, context) => {
  const problem = idProblem(s);
  if (problem) context.addIssue({code: "custom", message: problem});
}), NOT_AN_ID);
const oneOf = (values: readonly string[]) => required("string", z.enum(values as [string, ...string[]]), `is not one of ${values.join(", ")}`);
const flag = required("integer", z.enum(["0", "1"]).transform(Number), "is not 0 or 1");
const number = (max: number, unit: string) =>
  required("number", z.string().regex(DECIMAL).transform(Number).pipe(z.number().min(0).max(max)), `is not a number from 0 to ${max} (${unit})`);
const count = required("integer", z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(1).max(PROCEDURES)), `is not an integer from 1 to ${PROCEDURES}`);
const grade = required("integer", z.enum(["0", "1", "2", "3", "4", "5"]).transform(Number), "is not a CTCAE grade 0, 1, 2, 3, 4 or 5");

export const PATIENT_RULES: Rules<PatientColumn, typeof PATIENT_COLUMN_TYPES> = {
  id,
  arm: oneOf(ARMS),
  sex: oneOf(SEXES),
  age_at_diagnosis: number(AGE_YEARS, "years"),
  primary_tumor: oneOf(PRIMARY_TUMORS),
  hormonally_active: flag,
  extrahepatic_disease: flag,
  prior_primary_resection: flag,
  prior_hepatectomy: flag,
  prior_chemotherapy: flag,
  prior_radiation: flag,
  liver_metastases_3plus: flag,
  months_diagnosis_to_liver_metastases: number(MONTHS, "months"),
  months_liver_metastases_to_embolization: number(MONTHS, "months"),
  procedures_initial_cycle: count,
  procedures_total: count,
  retreated: flag,
  lost_to_follow_up: flag,
  response_1mo: optional(oneOf(RESPONSES)),
  ttp_months: optional(number(MONTHS, "months")),
  ttp_event: optional(flag),
  tttf_months: optional(number(MONTHS, "months")),
  tttf_event: optional(flag),
  symptom_relief: optional(flag),
  symptom_relief_months: optional(number(MONTHS, "months")),
  os_months: number(MONTHS, "months"),
  os_event: flag
};

export const PROCEDURE_RULES: Rules<ProcedureColumn, typeof PROCEDURE_COLUMN_TYPES> = {
  patient_id: id,
  procedure_index: count,
  modality: oneOf(ARMS),
  length_of_stay_days: number(STAY_DAYS, "days"),
  died_within_30_days: flag,
  ...(Object.fromEntries(TOXICITY_GRADE_COLUMNS.map((c) => [c, grade])) as Record<ToxicityGradeColumn, CellRule<"integer">>)
};

/** Why an id is refused, or null; a hidden character is named first, since it may also look like a space. */
function idProblem(s: string): string | null {
  if (s === "") return NOT_AN_ID;
  const hidden = NON_PRINTABLE.exec(s);
  if (hidden) return `contains the non-printable character ${codePoint(hidden[0])} at character ${[...s.slice(0, hidden.index)].length + 1}; an id must be printable`;
  if (s.trim() !== s) return NOT_AN_ID;
  if (/^[=+\-@]/.test(s)) return `starts with "${s[0]}", which a spreadsheet would run as a formula; an id must not start with =, +, - or @`;
  const length = [...s].length;
  if (length > ID_LENGTH) return `is ${length} characters long; an id has at most ${ID_LENGTH}`;
  return null;
}

import {PATIENT_COLUMNS, PATIENT_RULES, PROCEDURE_COLUMNS, PROCEDURE_RULES, type Patient, type PatientColumn, type Procedure} from "../cohort-schema.js";
import {CohortValidationError, where} from "./cohort-error.js";
import {checkDefinitions, type DefinitionCheck} from "./definition-checks.js";
import {parseTable, type ParsedRow} from "./parse-table.js";
import {showUnquoted, showValue} from "./show-value.js";

export interface CohortFileNames {
  patients: string;
  procedures: string;
}

export interface ValidatedCohort {
  patients: Patient[];
  procedures: Procedure[];
  /** Rows that fit the schema but break the paper's definitions: reported, not rejected. */
  definitionChecks: DefinitionCheck[];
}

const DEFAULT_NAMES: CohortFileNames = {patients: "patients.csv", procedures: "procedures.csv"};

/** Columns that must be empty together (the "never assessed" pairs) or filled together. */
const PAIRS: [PatientColumn, PatientColumn][] = [["ttp_months", "ttp_event"], ["tttf_months", "tttf_event"]];

/**
 * Parses and checks both tables of a cohort (pure: no file access). Everything
 * is validated before anything is returned; the first problem throws a
 * CohortValidationError naming file, row, line, column, value and expectation.
 */
export function validateCohort(patientsCsv: string, proceduresCsv: string, fileNames: CohortFileNames = DEFAULT_NAMES): ValidatedCohort {
  const file = fileNames.patients;
  const patients = parseTable<PatientColumn, Patient>(patientsCsv, file, "patients", PATIENT_COLUMNS, PATIENT_RULES);
  const byId = new Map<string, ParsedRow<Patient>>();
  for (const p of patients) {
    const first = byId.get(p.value.id);
    if (first) throw duplicateIdError(p, first, file);
    byId.set(p.value.id, p);
    checkPatientRules(p, file);
  }

  const pfile = fileNames.procedures;
  const procedures = parseTable<(typeof PROCEDURE_COLUMNS)[number], Procedure>(proceduresCsv, pfile, "procedures", PROCEDURE_COLUMNS, PROCEDURE_RULES);
  const seen = new Map<string, ParsedRow<Procedure>>();
  const counts = new Map<string, number>();
  for (const q of procedures) {
    if (!byId.has(q.value.patient_id)) throw unknownPatientError(q, pfile, file);
    const key = `${q.value.patient_id}\u0000${q.value.procedure_index}`;
    const first = seen.get(key);
    if (first) throw duplicateProcedureError(q, first, pfile);
    seen.set(key, q);
    counts.set(q.value.patient_id, (counts.get(q.value.patient_id) ?? 0) + 1);
  }
  for (const p of patients) {
    const n = counts.get(p.value.id) ?? 0;
    if (n !== p.value.procedures_total) throw procedureCountError(p, n, file, pfile);
  }
  return {
    patients: patients.map((p) => p.value),
    procedures: procedures.map((q) => q.value),
    definitionChecks: checkDefinitions(patients, procedures, fileNames)
  };
}

// The messages of the checks across rows, one function each, so a validator that finds the offending rows another way words them alike.

export function duplicateIdError(p: ParsedRow<Patient>, first: ParsedRow<Patient>, file: string): CohortValidationError {
  return new CohortValidationError(`${where(file, p.row, p.line)}, column id: ${showValue(p.raw.id)} duplicates row ${first.row} (line ${first.line})`);
}

export function unknownPatientError(q: ParsedRow<Procedure>, pfile: string, file: string): CohortValidationError {
  return new CohortValidationError(`${where(pfile, q.row, q.line)}, column patient_id: ${showValue(q.raw.patient_id)} is not an id in ${file}`);
}

export function duplicateProcedureError(q: ParsedRow<Procedure>, first: ParsedRow<Procedure>, pfile: string): CohortValidationError {
  return new CohortValidationError(
    `${where(pfile, q.row, q.line)}, columns patient_id, procedure_index: (${showValue(q.raw.patient_id)}, ${showUnquoted(q.raw.procedure_index)}) duplicates row ${first.row} (line ${first.line})`
  );
}

export function procedureCountError(p: ParsedRow<Patient>, n: number, file: string, pfile: string): CohortValidationError {
  return new CohortValidationError(
    `${where(file, p.row, p.line)}, column procedures_total: ${showValue(p.raw.procedures_total)} does not match the ${n} row${n === 1 ? "" : "s"} of patient ${showValue(p.raw.id)} in ${pfile}`
  );
}

/** The checks within one schema-valid patient row (pairs empty together, relief and its duration, initial cycle within the total); throws at the first. */
export function checkPatientRules(p: ParsedRow<Patient>, file: string): void {
  const at = where(file, p.row, p.line);
  for (const [a, b] of PAIRS) {
    if ((p.value[a] === null) !== (p.value[b] === null)) {
      const [empty, filled] = p.value[a] === null ? [a, b] : [b, a];
      throw new CohortValidationError(`${at}, column ${empty}: "" must be filled because ${filled} is ${showValue(p.raw[filled])} (${a} and ${b} are empty together)`);
    }
  }
  const relief = p.value.symptom_relief;
  const months = p.value.symptom_relief_months;
  if (relief === 1 && months === null) throw new CohortValidationError(`${at}, column symptom_relief_months: "" must be filled because symptom_relief is 1`);
  if (relief !== 1 && months !== null) throw new CohortValidationError(`${at}, column symptom_relief_months: ${showValue(p.raw.symptom_relief_months)} must be empty because symptom_relief is ${showValue(p.raw.symptom_relief)}`);
  if (p.value.procedures_initial_cycle > p.value.procedures_total) {
    throw new CohortValidationError(`${at}, column procedures_initial_cycle: ${showValue(p.raw.procedures_initial_cycle)} exceeds procedures_total ${showUnquoted(p.raw.procedures_total)}`);
  }
}

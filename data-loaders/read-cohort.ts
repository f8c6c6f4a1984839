// Reads a real cohort from a directory (COHORT_DIR) holding patients.csv and
// procedures.csv in the schema of cohort-schema.ts. Fails the build with one
// exact message rather than returning a partial or coerced cohort.
import {readFileSync} from "node:fs";
import type {Patient, Procedure} from "./cohort-schema.js";
import {cohortFiles, PATIENTS_FILE, PROCEDURES_FILE} from "./cohort-dir.js";
import {decodeCohortFile} from "./cohort-input/decode-file.js";
import type {DefinitionCheck} from "./cohort-input/definition-checks.js";
import {validateCohort} from "./cohort-input/validate-cohort.js";

export {CohortValidationError} from "./cohort-input/cohort-error.js";
export {validateCohort, type CohortFileNames, type ValidatedCohort} from "./cohort-input/validate-cohort.js";
export {toCsv, formatCell} from "./cohort-input/to-csv.js";
export type {DefinitionCheck} from "./cohort-input/definition-checks.js";

export interface SuppliedCohort {
  patients: Patient[];
  procedures: Procedure[];
  definitionChecks: DefinitionCheck[];
  /** `dir` is the directory's base name: a published absolute path would tell where the hospital keeps its data. */
  source: {kind: "supplied"; dir: string};
}

export function readCohort(dir: string): SuppliedCohort {
  const files = cohortFiles(dir);
  const patientsCsv = decodeCohortFile(readFileSync(files.patients), PATIENTS_FILE);
  const proceduresCsv = decodeCohortFile(readFileSync(files.procedures), PROCEDURES_FILE);
  const {patients, procedures, definitionChecks} = validateCohort(patientsCsv, proceduresCsv, {patients: PATIENTS_FILE, procedures: PROCEDURES_FILE});
  return {patients, procedures, definitionChecks, source: {kind: "supplied", dir: files.name}};
}

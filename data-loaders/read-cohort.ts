// Reads a real cohort from a directory (COHORT_DIR) holding patients.csv and
// procedures.csv in the schema of cohort-schema.ts. Fails the build with one
// exact message rather than returning a partial or coerced cohort.
import {existsSync, readFileSync} from "node:fs";
import {join, resolve} from "node:path";
import type {Patient, Procedure} from "./cohort-schema.js";
import {CohortValidationError} from "./cohort-input/cohort-error.js";
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
  source: {kind: "supplied"; dir: string};
}

export const PATIENTS_FILE = "patients.csv";
export const PROCEDURES_FILE = "procedures.csv";

export function readCohort(dir: string): SuppliedCohort {
  const root = resolve(dir);
  const read = (name: string) => {
    const path = join(root, name);
    if (!existsSync(path)) throw new CohortValidationError(`${name} not found: ${path} (the cohort directory must hold ${PATIENTS_FILE} and ${PROCEDURES_FILE})`);
    return decodeCohortFile(readFileSync(path), name);
  };
  const patientsCsv = read(PATIENTS_FILE);
  const proceduresCsv = read(PROCEDURES_FILE);
  const {patients, procedures, definitionChecks} = validateCohort(patientsCsv, proceduresCsv, {patients: PATIENTS_FILE, procedures: PROCEDURES_FILE});
  return {patients, procedures, definitionChecks, source: {kind: "supplied", dir: root}};
}

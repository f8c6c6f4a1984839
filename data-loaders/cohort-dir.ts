// Where a supplied cohort's two files are (COHORT_DIR), checked before any
// loader runs (input-directory.ts).
import {inputDirectory} from "./input-directory.js";

export const PATIENTS_FILE = "patients.csv";
export const PROCEDURES_FILE = "procedures.csv";

export interface CohortFiles {
  /** The directory's base name, the only part of its path the site publishes. */
  name: string;
  patients: string;
  procedures: string;
}

/** The paths of patients.csv and procedures.csv in `dir`, each checked to be a readable file. */
export function cohortFiles(dir: string): CohortFiles {
  const {name, paths} = inputDirectory("COHORT_DIR", dir, [PATIENTS_FILE, PROCEDURES_FILE], `a cohort directory holds both ${PATIENTS_FILE} and ${PROCEDURES_FILE}`);
  return {name, patients: paths[0], procedures: paths[1]};
}

// Where a supplied cohort's two files are. A COHORT_DIR that is missing, is not
// a directory, cannot be read, or lacks either file fails the build with a
// message saying which, before any loader runs, so a typo never falls back to
// publishing some other cohort.
import {accessSync, constants, readdirSync, statSync} from "node:fs";
import {basename, join, resolve} from "node:path";
import {CohortValidationError} from "./cohort-input/cohort-error.js";

export const PATIENTS_FILE = "patients.csv";
export const PROCEDURES_FILE = "procedures.csv";

export interface CohortFiles {
  /** The directory's base name, the only part of its path the site publishes. */
  name: string;
  patients: string;
  procedures: string;
}

const reason = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/** The paths of patients.csv and procedures.csv in `dir`, each checked to be a readable file. */
export function cohortFiles(dir: string): CohortFiles {
  const root = resolve(dir);
  const named = `COHORT_DIR=${dir}`;
  let entries: string[];
  try {
    if (!statSync(root).isDirectory()) throw new CohortValidationError(`${named}: not a directory`);
    entries = readdirSync(root);
  } catch (error) {
    if (error instanceof CohortValidationError) throw error;
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new CohortValidationError(`${named}: no such directory`);
    throw new CohortValidationError(`${named}: cannot read the directory (${reason(error)})`);
  }
  const missing = [PATIENTS_FILE, PROCEDURES_FILE].filter((name) => !entries.includes(name));
  if (missing.length > 0) {
    const what = missing.length === 2 ? `neither ${PATIENTS_FILE} nor ${PROCEDURES_FILE}` : `no ${missing[0]}`;
    throw new CohortValidationError(`${named} has ${what} (a cohort directory holds both ${PATIENTS_FILE} and ${PROCEDURES_FILE})`);
  }
  const [patients, procedures] = [PATIENTS_FILE, PROCEDURES_FILE].map((name) => {
    const path = join(root, name);
    try {
      if (!statSync(path).isFile()) throw new CohortValidationError(`${named}: ${name} is not a file`);
      accessSync(path, constants.R_OK);
    } catch (error) {
      if (error instanceof CohortValidationError) throw error;
      throw new CohortValidationError(`${named}: cannot read ${name} (${reason(error)})`);
    }
    return path;
  });
  return {name: basename(root), patients, procedures};
}

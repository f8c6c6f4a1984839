// A directory named by an environment variable (COHORT_DIR, COHORT_AGGREGATES)
// and the files it must hold. One that is missing, is not a directory, cannot
// be read, or lacks a file fails the build with a message saying which, before
// any loader runs, so a typo never falls back to publishing something else.
import {accessSync, constants, readdirSync, statSync} from "node:fs";
import {basename, join, resolve} from "node:path";
import {CohortValidationError} from "./cohort-input/cohort-error.js";

export interface InputDirectory {
  /** The directory's base name, the only part of its path the site publishes. */
  name: string;
  /** The path of each required file, in the order asked for. */
  paths: string[];
}

const reason = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/**
 * `variable=dir` checked to be a readable directory holding each of `files` as a readable file;
 * `holds` says what such a directory holds, for the message when a file is missing.
 */
export function inputDirectory(variable: string, dir: string, files: readonly string[], holds: string): InputDirectory {
  const root = resolve(dir);
  const named = `${variable}=${dir}`;
  let entries: string[];
  try {
    if (!statSync(root).isDirectory()) throw new CohortValidationError(`${named}: not a directory`);
    entries = readdirSync(root);
  } catch (error) {
    if (error instanceof CohortValidationError) throw error;
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new CohortValidationError(`${named}: no such directory`);
    throw new CohortValidationError(`${named}: cannot read the directory (${reason(error)})`);
  }
  const missing = files.filter((name) => !entries.includes(name));
  if (missing.length > 0) {
    const what = missing.length === 2 ? `neither ${missing[0]} nor ${missing[1]}` : `no ${missing.join(", no ")}`;
    throw new CohortValidationError(`${named} has ${what} (${holds})`);
  }
  const paths = files.map((name) => {
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
  return {name: basename(root), paths};
}

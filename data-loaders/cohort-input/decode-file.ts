// The build's reading of cohort files as UTF-8: src/lib/analysis/decode-file.ts,
// shared with the browser, with its error reported as the build reports every
// bad cohort file.
import {decodeFile, FileDecodeError} from "../../src/lib/analysis/decode-file.js";
import {CohortValidationError} from "./cohort-error.js";

export function decodeCohortFile(bytes: Uint8Array, file: string): string {
  try {
    return decodeFile(bytes, file);
  } catch (error) {
    throw error instanceof FileDecodeError ? new CohortValidationError(error.message) : error;
  }
}

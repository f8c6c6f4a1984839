// What the build publishes: patient rows, or only aggregates. The
// reconstruction is synthetic, so its rows are published (with the aggregates
// beside them, which the pages can be switched to, to show both modes give the
// same numbers). A supplied cohort publishes aggregates alone unless
// PUBLISH_ROWS=1 says otherwise, so a hospital's rows never leave by default.
import {CohortValidationError} from "./cohort-input/cohort-error.js";

export interface Publication {
  /** Whether data/patients.csv and data/procedures.csv hold the rows (otherwise their header alone). */
  rows: boolean;
  /** MIN_CELL: patterns of fewer patients are suppressed in the published aggregates; null when unset. */
  minCell: number | null;
}

/** The publication settings from the environment; a malformed value fails the build naming the variable. */
export function publication(env: Record<string, string | undefined> = process.env): Publication {
  const supplied = Boolean(env.COHORT_DIR || env.COHORT_AGGREGATES);
  const flag = env.PUBLISH_ROWS;
  if (flag !== undefined && flag !== "" && flag !== "0" && flag !== "1") {
    throw new CohortValidationError(`PUBLISH_ROWS=${flag}: expected 1 (publish patient rows) or 0 (publish aggregates only)`);
  }
  if (flag === "1" && env.COHORT_AGGREGATES) {
    throw new CohortValidationError(`PUBLISH_ROWS=1 with COHORT_AGGREGATES=${env.COHORT_AGGREGATES}: a build from aggregates has no rows to publish`);
  }
  const rows = flag === "1" || (!supplied && flag !== "0");
  const minCellText = env.MIN_CELL;
  let minCell: number | null = null;
  if (minCellText !== undefined && minCellText !== "") {
    if (!/^[1-9][0-9]*$/.test(minCellText)) throw new CohortValidationError(`MIN_CELL=${minCellText}: expected a whole number of patients, 1 or more`);
    minCell = Number(minCellText);
  }
  return {rows, minCell};
}

import type {ConsistencyRow, Verdict} from "./types.js";

/** A report row; `feasible` must be JSON-serialisable. */
export function row(ids: string[], check: string, feasible: unknown, verdict: Verdict, explanation: string): ConsistencyRow {
  return {ids, check, feasible, verdict, explanation};
}

// A risk table computed where the rows live (risk-table.sql run on a
// warehouse, or scripts/aggregate-cohort.ts --out), read back for a build
// from aggregates alone (COHORT_AGGREGATES). Checked as a cohort file is:
// the exact header, then every cell by its column's rule, then the counts
// together; the first problem stops the build with file, row, line, column,
// value and what was expected.
import {z} from "zod";
import {ENDPOINTS} from "../../src/lib/analysis/endpoints.js";
import {ARMS, PRIMARY_TUMORS, type CellRule} from "../cohort-schema.js";
import {parseTable} from "../cohort-input/parse-table.js";
import type {RiskTableRow} from "./aggregate-cohort.js";
import {checkRiskTableConsistency} from "./risk-table-consistency.js";

export const RISK_TABLE_COLUMNS = ["endpoint", "arm", "primary_tumor", "hormonally_active", "extrahepatic_disease", "time_months", "events", "censored", "entries"] as const;

type RiskTableColumn = (typeof RISK_TABLE_COLUMNS)[number];

const DECIMAL = /^(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const oneOf = (values: readonly string[]): CellRule => ({schema: z.enum(values as [string, ...string[]]), type: "string", problem: `is not one of ${values.join(", ")}`});
const flag: CellRule = {schema: z.enum(["0", "1"]).transform(Number), type: "integer", problem: "is not 0 or 1"};
const count: CellRule = {schema: z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().max(Number.MAX_SAFE_INTEGER)), type: "integer", problem: "is not a whole number >= 0"};
const months: CellRule = {schema: z.string().regex(DECIMAL).transform(Number).pipe(z.number().finite()), type: "number", problem: "is not a number of months >= 0"};

const RULES: Record<RiskTableColumn, CellRule> = {
  endpoint: oneOf(Object.keys(ENDPOINTS)),
  arm: oneOf(ARMS),
  primary_tumor: oneOf(PRIMARY_TUMORS),
  hormonally_active: flag,
  extrahepatic_disease: flag,
  time_months: months,
  events: count,
  censored: count,
  entries: count
};

/**
 * The rows of a risk-table CSV (`file` names it in messages); throws a
 * CohortValidationError at the first cell that does not fit, then at the first
 * row whose counts cannot stand for patients (risk-table-consistency.ts).
 */
export function readRiskTableCsv(text: string, file: string): RiskTableRow[] {
  const rows = parseTable<RiskTableColumn, RiskTableRow>(text, file, "risk-table rows", RISK_TABLE_COLUMNS, RULES);
  checkRiskTableConsistency(rows, file);
  return rows.map((r) => r.value);
}

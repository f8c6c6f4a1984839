// MIN_CELL: a pattern of the risk table (arm × primary tumour × hormonal
// activity × extrahepatic disease) holding fewer than k patients would let a
// reader pick out a handful of people, so every row of that pattern goes, in
// every endpoint. Suppression rather than merging: a merged pattern would have
// to say one arm or tumour type for patients of several, and the pages filter
// and group by exactly these columns. The suppressed patterns are listed
// (never their counts), so a page can say where they changed what it shows.
import {riskTablePatternKey} from "../../src/lib/analysis/risk-table-pattern-key.js";
import type {RiskTableRow} from "./aggregate-cohort.js";

export type Pattern = Pick<RiskTableRow, "arm" | "primary_tumor" | "hormonally_active" | "extrahepatic_disease">;

/** How much of the table suppression took: for the build's own log, never published. */
export interface SuppressionTally {
  patterns: number;
  patients: number;
  /** The patients of the suppressed patterns. */
  withheldPatients: number;
}

export interface SuppressedTable {
  rows: RiskTableRow[];
  /** The patterns left out, in the table's order. */
  suppressed: Pattern[];
  tally: SuppressionTally;
}

const patternOf = ({arm, primary_tumor, hormonally_active, extrahepatic_disease}: Pattern): Pattern => ({arm, primary_tumor, hormonally_active, extrahepatic_disease});

/**
 * The rows of patterns with at least `minCell` patients (null: all rows).
 * A pattern's patients are those its survival from the first embolization
 * counts, the one endpoint every patient has.
 */
export function applyMinCell(rows: readonly RiskTableRow[], minCell: number | null): SuppressedTable {
  const patients = new Map<string, number>();
  const patterns = new Map<string, Pattern>();
  for (const row of rows) {
    const key = riskTablePatternKey(row);
    if (!patterns.has(key)) patterns.set(key, patternOf(row));
    if (row.endpoint === "os_embolization") patients.set(key, (patients.get(key) ?? 0) + row.events + row.censored);
  }
  const small = new Set(minCell === null ? [] : [...patterns.keys()].filter((key) => (patients.get(key) ?? 0) < minCell));
  const sum = (keys: Iterable<string>) => [...keys].reduce((n, key) => n + (patients.get(key) ?? 0), 0);
  return {
    rows: small.size === 0 ? [...rows] : rows.filter((row) => !small.has(riskTablePatternKey(row))),
    suppressed: [...small].map((key) => patterns.get(key)!),
    tally: {patterns: patterns.size, patients: sum(patterns.keys()), withheldPatients: sum(small)}
  };
}

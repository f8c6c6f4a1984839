import {csvParseRows} from "d3";
import type {CellRule} from "../cohort-schema.js";
import {CohortValidationError, where} from "./cohort-error.js";
import {showValue} from "./show-value.js";

export interface ParsedRow<T> {
  value: T;
  /** 1-based data row number (the header is not a data row). */
  row: number;
  /** 1-based line in the file where the row starts. */
  line: number;
  raw: Record<string, string>;
}

/**
 * Parses CSV text against an exact header and per-column rules. Throws a
 * CohortValidationError at the first problem, in file order, so the message
 * always points at the earliest offending cell. `rowsAre` names what a data
 * row holds ("patients"), for the message about a file that has none.
 */
export function parseTable<C extends string, T>(text: string, file: string, rowsAre: string, columns: readonly C[], rules: Record<C, CellRule>): ParsedRow<T>[] {
  // Spreadsheet exports often start with a byte-order mark, which is not part of the first column's name.
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (body.trim() === "") throw new CohortValidationError(`${file}: no ${rowsAre} (the file is empty)`);
  const rows = csvParseRows(body);
  const header = rows[0];
  checkHeader(header, file, columns);
  // Blank lines after the header are no rows either, rather than a row of one empty field.
  if (rows.slice(1).every((cells) => cells.length === 1 && cells[0].trim() === "")) {
    throw new CohortValidationError(`${file}: no ${rowsAre} (the file has no data rows)`);
  }
  const out: ParsedRow<T>[] = [];
  // A quoted field may span lines; count them so line numbers stay exact.
  let line = 1 + lineCount(header);
  for (let i = 1; i < rows.length; ++i) {
    const cells = rows[i];
    out.push(parseRow<C, T>(cells, columns, rules, file, i, line));
    line += lineCount(cells);
  }
  return out;
}

/**
 * Throws unless the header is exactly `columns`, naming the first column that
 * differs, and why when it can tell: a file separated by semicolons or tabs (a
 * spreadsheet's export in some locales), a column left out, or one out of place.
 */
export function checkHeader(header: readonly string[], file: string, columns: readonly string[]): void {
  const width = Math.max(header.length, columns.length);
  for (let j = 0; j < width; ++j) {
    if (header[j] !== columns[j]) {
      const found = header[j] === undefined ? "nothing" : showValue(header[j]);
      const expected = columns[j] === undefined ? "no more columns" : showValue(columns[j]);
      throw new CohortValidationError(`${file} line 1 (header), column ${j + 1}: found ${found}, expected ${expected}${headerHint(header, columns, j)}`);
    }
  }
}

function headerHint(header: readonly string[], columns: readonly string[], j: number): string {
  const separator = header.length === 1 && columns.length > 1 ? ([";", "\t"] as const).find((s) => header[0].includes(s)) : undefined;
  if (separator) return `; its columns are separated by ${separator === ";" ? "semicolons" : "tabs"}: save the file as CSV with commas between columns`;
  if (columns[j] === undefined || header[j] === undefined) return "";
  const later = header.indexOf(columns[j], j + 1);
  if (later >= 0) return `; ${columns[j]} is at column ${later + 1}: the columns must come in the schema's order`;
  if (header[j] === columns[j + 1]) return `; column ${columns[j]} is missing`;
  return "";
}

/** A number typed with a decimal comma, and the same number with a point, as a spreadsheet in some locales writes it. */
const DECIMAL_COMMA = /^\s*-?\d+,\d+\s*$/;

/** One data row's cells checked against the rules, left to right; throws at the first field count or cell that does not fit. */
export function parseRow<C extends string, T>(cells: readonly string[], columns: readonly C[], rules: Record<C, CellRule>, file: string, row: number, line: number): ParsedRow<T> {
  const at = where(file, row, line);
  if (cells.length !== columns.length) {
    throw new CohortValidationError(`${at}: ${cells.length} field${cells.length === 1 ? "" : "s"}, expected ${columns.length}`);
  }
  const value: Record<string, unknown> = {};
  const raw: Record<string, string> = {};
  columns.forEach((column, j) => {
    const cell = cells[j];
    const result = rules[column].schema.safeParse(cell);
    if (!result.success) {
      const problem = result.error.issues.find((issue) => issue.code === "custom")?.message ?? rules[column].problem;
      const hint = rules[column].type !== "string" && DECIMAL_COMMA.test(cell) ? ` (a decimal comma: write ${cell.trim().replace(",", ".")})` : "";
      throw new CohortValidationError(`${at}, column ${column}: ${showValue(cell)} ${problem}${hint}`);
    }
    value[column] = result.data;
    raw[column] = cell;
  });
  return {value: value as T, row, line, raw};
}

function lineCount(cells: string[]): number {
  let lines = 1;
  for (const cell of cells) for (let k = cell.indexOf("\n"); k >= 0; k = cell.indexOf("\n", k + 1)) ++lines;
  return lines;
}

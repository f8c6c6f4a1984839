// Any CSV of survival data, read by named columns: a time, a 0/1 event and
// optionally an entry time, a grouping column and numeric covariates. The
// command line (scripts/survival.ts) reads files through this, so every
// message names the file, row, column, value and what was expected. Missing
// values (an empty cell or NA) leave the row out, as R's model frames do;
// anything else that is not what the column needs is an error.
import {csvParseRows} from "d3";

export interface SurvivalCsvColumns {
  time: string;
  event: string;
  entry?: string;
  group?: string;
  covariates?: string[];
}

export interface SurvivalCsv {
  /** Rows analysed: those with no missing value in a named column. */
  n: number;
  /** Rows left out for a missing value. */
  omitted: number;
  time: Float64Array;
  event: Uint8Array;
  entry?: Float64Array;
  group?: string[];
  covariates: Record<string, Float64Array>;
}

/** A file that cannot be read as asked; the message says where and what was expected. */
export class SurvivalCsvError extends Error {
  override name = "SurvivalCsvError";
}

const MISSING = new Set(["", "NA"]);

export function readSurvivalCsv(text: string, file: string, columns: SurvivalCsvColumns): SurvivalCsv {
  return readSurvivalRows(csvParseRows(text), file, columns);
}

/** readSurvivalCsv of rows already parsed (csvParseRows), for a reader who maps the same file's columns again and again. */
export function readSurvivalRows(rows: string[][], file: string, columns: SurvivalCsvColumns): SurvivalCsv {
  if (rows.length === 0 || (rows.length === 1 && rows[0].every((cell) => cell.trim() === ""))) {
    throw new SurvivalCsvError(`${file} is empty: expected a header row naming the columns, then one row per patient`);
  }
  const header = rows[0].map((cell) => cell.trim());
  if (header.length > 0 && header.every((cell) => cell !== "" && Number.isFinite(Number(cell)))) {
    throw new SurvivalCsvError(`${file} line 1: ${header.slice(0, 4).map((c) => JSON.stringify(c)).join(", ")} are numbers, expected a header row naming the columns`);
  }
  const wanted = [columns.time, columns.event, columns.entry, columns.group, ...(columns.covariates ?? [])].filter((c): c is string => c !== undefined);
  const index = new Map(wanted.map((name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new SurvivalCsvError(`${file}: no column ${JSON.stringify(name)} in the header, expected one of ${header.map((c) => JSON.stringify(c)).join(", ")}`);
    return [name, i];
  }));
  const body = rows.slice(1).filter((row) => !(row.length === 1 && row[0] === ""));
  if (body.length === 0) throw new SurvivalCsvError(`${file} has a header but no rows: expected one row per patient`);

  const where = (row: number, column: string) => `${file} row ${row} (line ${row + 1}), column ${JSON.stringify(column)}`;
  const number = (cells: string[], row: number, column: string, expected: string, ok: (x: number) => boolean) => {
    const value = cells[index.get(column)!].trim();
    const x = Number(value);
    if (!Number.isFinite(x) || !ok(x)) throw new SurvivalCsvError(`${where(row, column)}: ${JSON.stringify(value)}, expected ${expected}`);
    return x;
  };
  const kept: number[] = [];
  body.forEach((cells, k) => {
    const row = k + 1;
    if (cells.length !== header.length) throw new SurvivalCsvError(`${file} row ${row} (line ${row + 1}): ${cells.length} cells, expected ${header.length} as in the header`);
    if (!wanted.some((column) => MISSING.has(cells[index.get(column)!].trim()))) kept.push(k);
  });
  const pick = (column: string, expected: string, ok: (x: number) => boolean) => Float64Array.from(kept, (k) => number(body[k], k + 1, column, expected, ok));
  const time = pick(columns.time, "a time of 0 or more", (x) => x >= 0);
  const event = Uint8Array.from(pick(columns.event, "0 (censored) or 1 (event)", (x) => x === 0 || x === 1));
  const result: SurvivalCsv = {n: kept.length, omitted: body.length - kept.length, time, event, covariates: {}};
  if (columns.entry !== undefined) {
    const entry = pick(columns.entry, "an entry time of 0 or more", (x) => x >= 0);
    entry.forEach((e, i) => {
      if (e >= time[i]) throw new SurvivalCsvError(`${where(kept[i] + 1, columns.entry!)}: ${JSON.stringify(body[kept[i]][index.get(columns.entry!)!].trim())}, expected an entry time before the time (${time[i]}) in column ${JSON.stringify(columns.time)}`);
    });
    result.entry = entry;
  }
  if (columns.group !== undefined) result.group = kept.map((k) => body[k][index.get(columns.group!)!].trim());
  for (const name of columns.covariates ?? []) result.covariates[name] = pick(name, "a number", () => true);
  return result;
}

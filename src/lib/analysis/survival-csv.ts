// Any CSV of survival data, read by named columns: a time, a 0/1 event and
// optionally an entry time, a grouping column, covariates and subgrouping
// columns, each used as the type the reader chose (a number or a category)
// or, failing a choice, as covariates always were: numbers. The command line
// (scripts/survival.ts) and /explore's worker read files through this, so
// every message names the file, row, column, value and what was expected.
// Missing values (an empty cell or NA) leave the row out, as R's model frames
// do, except in a subgrouping column, which leaves a row out of that
// subgrouping only; anything else that is not what the column needs is an
// error.
import {cellText, columnLevels, MISSING, NUMBER, parseCsvColumns, TEXT, type CsvColumns} from "./csv-columns.js";
import {SurvivalCsvError} from "./survival-csv-error.js";

export {SurvivalCsvError};

/** The type the reader chose for a column: a number, or a category (its distinct values). */
export type ChosenType = "number" | "category";

export interface SurvivalCsvColumns {
  time: string;
  event: string;
  entry?: string;
  group?: string;
  covariates?: string[];
  /** Columns to split the group's hazard ratio by (the forest plot): a category by its values, a number at its median. */
  subgroups?: string[];
  /** Each column's type; a covariate or subgrouping column without one is a number. */
  types?: Record<string, ChosenType>;
}

export interface SurvivalCsvSubgroup {
  /** Each analysed row's level; null where the cell is missing. */
  level: (string | null)[];
  /** The levels in order: a category's sorted as R's factor(), a number's below and above its median. */
  levels: string[];
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
  /** The group's levels in R's factor() order: numeric when every value is a number, else the C locale's. */
  groupLevels?: string[];
  /** Each row's group as its index in groupLevels: the analyses count and split rows by it without a string per row. */
  groupIndex?: Uint32Array;
  /** Numeric covariates. */
  covariates: Record<string, Float64Array>;
  /** Categorical covariates: each row's value and the levels in factor() order, the first the reference. */
  factors: Record<string, {value: string[]; levels: string[]}>;
  subgroups: Record<string, SurvivalCsvSubgroup>;
}

export function readSurvivalCsv(text: string, file: string, columns: SurvivalCsvColumns): SurvivalCsv {
  return readSurvivalColumns(parseCsvColumns(text, file), columns);
}

/** Sorted as R's factor(): numerically when every level is a number, else by code unit (the C locale). */
export function factorOrder(levels: readonly string[]): string[] {
  const numeric = levels.every((l) => l !== "" && Number.isFinite(Number(l)));
  return [...levels].sort(numeric ? (a, b) => Number(a) - Number(b) : (a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** readSurvivalCsv of a file already parsed (parseCsvColumns), for a reader who maps the same file's columns again and again. */
export function readSurvivalColumns(csv: CsvColumns, columns: SurvivalCsvColumns): SurvivalCsv {
  const {file, header} = csv;
  // A survival file has two columns at least: a header read as one that holds semicolons or tabs is a file separated by them.
  const separator = header.length === 1 ? [";", "\t"].find((c) => header[0].includes(c)) : undefined;
  if (separator) throw new SurvivalCsvError(`${file} line 1: one column, ${JSON.stringify(header[0])}, holding ${separator === ";" ? "semicolons" : "tabs"}, expected cells separated by commas (save the file as comma-separated values)`);
  const types = columns.types ?? {};
  const column = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new SurvivalCsvError(`${file}: no column ${JSON.stringify(name)} in the header, expected one of ${header.map((c) => JSON.stringify(c)).join(", ")}`);
    return i;
  };
  for (const [name, role] of [[columns.time, "time"], [columns.event, "event"], [columns.entry, "entry time"]] as const) {
    if (name !== undefined && types[name] === "category") throw new SurvivalCsvError(`${file}: column ${JSON.stringify(name)} is set to be a category, expected a number for the ${role}`);
  }
  // One column cannot be two of these: read as both time and event, a file of times fails on its first time that is not 0 or 1, and a file of 0s and 1s is analysed as nonsense.
  const timed = [[columns.time, "time"], [columns.event, "event"], [columns.entry, "entry time"]] as const;
  timed.forEach(([name, role], k) => {
    const other = timed.slice(0, k).find(([earlier]) => earlier === name && name !== undefined);
    if (other) throw new SurvivalCsvError(`${file}: column ${JSON.stringify(name)} is chosen as both the ${other[1]} and the ${role}, expected a column of its own for each`);
  });
  const wanted = [columns.time, columns.event, columns.entry, columns.group, ...(columns.covariates ?? [])].filter((c): c is string => c !== undefined);
  const indices = wanted.map(column);
  const subgroupIndices = (columns.subgroups ?? []).map(column);
  const where = (row: number, name: string) => `${file} row ${row} (line ${row + 1}), column ${JSON.stringify(name)}`;
  const fail = (row: number, name: string, expected: string): never => {
    throw new SurvivalCsvError(`${where(row, name)}: ${JSON.stringify(cellText(csv, row, header.indexOf(name)))}, expected ${expected}`, {column: name});
  };

  const states = indices.map((i) => csv.columns[i].state);
  let n = 0;
  const keep = new Uint8Array(csv.rows);
  for (let r = 0; r < csv.rows; ++r) {
    let complete = 1;
    for (const s of states) if (s[r] === MISSING) complete = 0;
    keep[r] = complete;
    n += complete;
  }
  if (n === 0) throw new SurvivalCsvError(`${file}: every row has an empty or NA cell in ${wanted.map((c) => JSON.stringify(c)).join(", ")}, expected at least one row with all of them filled`);
  const kept = new Uint32Array(n);
  for (let r = 0, k = 0; r < csv.rows; ++r) if (keep[r]) kept[k++] = r;

  const numbers = (name: string, expected: string, ok: (x: number) => boolean): Float64Array => {
    const {values, state} = csv.columns[column(name)];
    const out = new Float64Array(n);
    for (let k = 0; k < n; ++k) {
      const r = kept[k];
      const x = values[r];
      if (state[r] !== NUMBER || !ok(x)) fail(r + 1, name, expected);
      out[k] = x;
    }
    return out;
  };
  const time = numbers(columns.time, "a time of 0 or more", (x) => x >= 0);
  const event = Uint8Array.from(numbers(columns.event, "0 (censored) or 1 (event)", (x) => x === 0 || x === 1));
  const result: SurvivalCsv = {n, omitted: csv.rows - n, time, event, covariates: {}, factors: {}, subgroups: {}};
  if (columns.entry !== undefined) {
    const entry = numbers(columns.entry, "an entry time of 0 or more", (x) => x >= 0);
    for (let k = 0; k < n; ++k) if (entry[k] >= time[k]) fail(kept[k] + 1, columns.entry, `an entry time before the time (${time[k]}) in column ${JSON.stringify(columns.time)}`);
    result.entry = entry;
  }
  const asNumber = (name: string) => `a number (column ${JSON.stringify(name)} is set to be a number)`;
  const categories = (name: string, rows: ArrayLike<number>) => {
    const {codes, levels} = columnLevels(csv, column(name));
    const value: (string | null)[] = new Array(rows.length);
    const used = new Uint8Array(levels.length);
    for (let k = 0; k < rows.length; ++k) {
      const code = codes[rows[k]];
      value[k] = code < 0 ? null : levels[code];
      if (code >= 0) used[code] = 1;
    }
    return {value, levels: factorOrder(levels.filter((_, c) => used[c]))};
  };
  const firstText = (name: string) => {
    const {state} = csv.columns[column(name)];
    for (let k = 0; k < n; ++k) if (state[kept[k]] === TEXT) fail(kept[k] + 1, name, asNumber(name));
  };
  if (columns.group !== undefined) {
    if (types[columns.group] === "number") firstText(columns.group);
    const {value, levels} = categories(columns.group, kept);
    result.group = value as string[];
    result.groupLevels = levels;
    const {codes, levels: seen} = columnLevels(csv, column(columns.group));
    const position = new Map(levels.map((level, k) => [level, k]));
    const toIndex = Uint32Array.from(seen, (level) => position.get(level) ?? 0);
    const groupIndex = new Uint32Array(n);
    for (let k = 0; k < n; ++k) groupIndex[k] = toIndex[codes[kept[k]]];
    result.groupIndex = groupIndex;
  }
  for (const name of columns.covariates ?? []) {
    if (types[name] === "category") result.factors[name] = categories(name, kept) as {value: string[]; levels: string[]};
    else result.covariates[name] = numbers(name, types[name] === "number" ? asNumber(name) : "a number", () => true);
  }
  subgroupIndices.forEach((i, s) => {
    const name = columns.subgroups![s];
    const {values, state, detected} = csv.columns[i];
    // A 0/1 flag splits by its two values, as factor() would, not at its median.
    if (types[name] === "category" || (types[name] !== "number" && detected === "event")) {
      const {value, levels} = categories(name, kept);
      result.subgroups[name] = {level: value, levels};
      return;
    }
    const filled: number[] = [];
    for (let k = 0; k < n; ++k) {
      const r = kept[k];
      if (state[r] === TEXT) fail(r + 1, name, asNumber(name));
      if (state[r] === NUMBER) filled.push(values[r]);
    }
    filled.sort((a, b) => a - b);
    const m = filled.length ? (filled[(filled.length - 1) >> 1] + filled[filled.length >> 1]) / 2 : NaN;
    const levels = [`≤ ${m}`, `> ${m}`];
    const level = Array.from(kept, (r) => (state[r] === NUMBER ? (values[r] <= m ? levels[0] : levels[1]) : null));
    result.subgroups[name] = {level, levels: levels.filter((l) => level.includes(l))};
  });
  return result;
}

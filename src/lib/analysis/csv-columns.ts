// A survival CSV read in one pass over its text into a typed array per column,
// so a million-row file never becomes a million arrays of strings: each cell
// is parsed as a number where it is one (digits read from the character codes,
// without a substring, for the plain decimals that fill such files), and each
// column remembers whether it holds text, missing cells (empty or NA) or only
// 0 and 1, which gives its detected type. A cell that is not a number is kept
// once per distinct text, as a code, for the columns used as categories
// (columnLevels); a message quotes its cell as written (cellText). Rows and lines are counted as d3's csvParseRows would split
// them; quoted cells follow RFC 4180.
import {SurvivalCsvError} from "./survival-csv-error.js";

/** What a column can be: detected from its cells, and changeable by the reader (number or category). */
export type ColumnType = "number" | "category" | "event" | "empty";

/** Cell states in CsvColumn.state. */
export const NUMBER = 0;
export const MISSING = 1;
export const TEXT = 2;

export interface CsvColumn {
  name: string;
  /** Each row's number; NaN where the cell is missing or text. */
  values: Float64Array;
  /** Each row's cell: NUMBER, MISSING (empty or NA) or TEXT. */
  state: Uint8Array;
  /** Each row's text as a code into `texts`, where the cell is TEXT. */
  textCodes: Int32Array;
  texts: string[];
  /** The type detected from the cells: empty (every cell missing), event (every filled cell 0 or 1), number, or category (some cell is text). */
  detected: ColumnType;
}

export interface CsvColumns {
  file: string;
  text: string;
  header: string[];
  /** Rows after the header, blank lines not counted. */
  rows: number;
  /** Where each row begins in the text. */
  rowStart: Uint32Array;
  columns: CsvColumn[];
}

const QUOTE = 34;
const COMMA = 44;
const NEWLINE = 10;
const RETURN = 13;
const ZERO = 48;
const NINE = 57;
const MINUS = 45;
const DOT = 46;
// 10^k is exact up to 10^22, and a whole mantissa below 2^53 divided by it rounds as Number() does.
const POWERS = Array.from({length: 23}, (_, k) => 10 ** k);
const MANTISSA_LIMIT = 2 ** 53;
// Text cells matched in place per column: enough for a group column's levels.
const RECENT = 16;
const NO_TEXT: string[] = [];

/** A quote that opens a cell and never closes would swallow every row after it into that cell. */
function unclosedQuote(text: string, at: number, file: string): SurvivalCsvError {
  const line = 1 + (text.slice(0, at).match(/\r\n|\r|\n/g)?.length ?? 0);
  return new SurvivalCsvError(`${file} line ${line}: a quote opens a cell and is never closed, expected a closing " before the end of the file`);
}

/** The cells of the row beginning at `start` and where the next row begins; with `file`, a quote never closed is an error naming it. */
function readRow(text: string, start: number, file?: string): {cells: string[]; next: number} {
  const cells: string[] = [];
  const n = text.length;
  let i = start;
  for (;;) {
    let cell: string;
    if (text.charCodeAt(i) === QUOTE) {
      let j = i + 1;
      let value = "";
      for (;;) {
        const close = text.indexOf('"', j);
        if (close < 0) {
          if (file !== undefined) throw unclosedQuote(text, i, file);
          value += text.slice(j);
          j = n;
          break;
        }
        value += text.slice(j, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          value += '"';
          j = close + 2;
        } else {
          j = close + 1;
          break;
        }
      }
      cell = value;
      i = j;
      // Like csvParseRows, the character after a closing quote ends the cell whatever it is.
      const c = text.charCodeAt(i);
      if (i >= n) {
        cells.push(cell);
        return {cells, next: n};
      }
      ++i;
      if (c === NEWLINE) return (cells.push(cell), {cells, next: i});
      if (c === RETURN) return (cells.push(cell), {cells, next: text.charCodeAt(i) === NEWLINE ? i + 1 : i});
      cells.push(cell);
      continue;
    }
    let j = i;
    let c = 0;
    while (j < n && (c = text.charCodeAt(j)) !== COMMA && c !== NEWLINE && c !== RETURN) ++j;
    cells.push(text.slice(i, j));
    if (j >= n) return {cells, next: n};
    if (c === COMMA) {
      i = j + 1;
      continue;
    }
    if (c === RETURN && text.charCodeAt(j + 1) === NEWLINE) ++j;
    return {cells, next: j + 1};
  }
}

/** The trimmed text of a row's cell (rows from 1), for a message. */
export function cellText(csv: CsvColumns, row: number, column: number): string {
  return readRow(csv.text, csv.rowStart[row - 1]).cells[column].trim();
}

const levelCache = new WeakMap<CsvColumns, Map<number, {codes: Int32Array; levels: string[]}>>();

/** A column's cells as categories: each row's code into `levels` (in order of first appearance), -1 where missing. */
export function columnLevels(csv: CsvColumns, column: number): {codes: Int32Array; levels: string[]} {
  let cache = levelCache.get(csv);
  if (!cache) levelCache.set(csv, (cache = new Map()));
  const hit = cache.get(column);
  if (hit) return hit;
  const codes = new Int32Array(csv.rows);
  const levels: string[] = [];
  const index = new Map<string, number>();
  const {state, values} = csv.columns[column];
  const byNumber = new Map<number, number>();
  for (let r = 0; r < csv.rows; ++r) {
    if (state[r] === MISSING) {
      codes[r] = -1;
      continue;
    }
    // A number's text is read back only once per distinct number: "1" and "1.0" are then one level, as in factor() of a numeric column.
    if (state[r] === NUMBER) {
      let code = byNumber.get(values[r]);
      if (code === undefined) {
        const key = String(values[r]);
        code = index.get(key);
        if (code === undefined) index.set(key, (code = levels.push(key) - 1));
        byNumber.set(values[r], code);
      }
      codes[r] = code;
      continue;
    }
    const key = csv.columns[column].texts[csv.columns[column].textCodes[r]];
    let code = index.get(key);
    if (code === undefined) index.set(key, (code = levels.push(key) - 1));
    codes[r] = code;
  }
  const result = {codes, levels};
  cache.set(column, result);
  return result;
}

function emptyFile(file: string): SurvivalCsvError {
  return new SurvivalCsvError(`${file} is empty: expected a header row naming the columns, then one row per patient`);
}

export function parseCsvColumns(text: string, file: string): CsvColumns {
  const n = text.length;
  if (n === 0) throw emptyFile(file);
  const first = readRow(text, 0, file);
  const header = first.cells.map((cell) => cell.trim());
  if (first.next >= n && header.every((cell) => cell === "")) throw emptyFile(file);
  if (header.every((cell) => cell !== "" && Number.isFinite(Number(cell)))) {
    throw new SurvivalCsvError(`${file} line 1: ${header.slice(0, 4).map((c) => JSON.stringify(c)).join(", ")} are numbers, expected a header row naming the columns`);
  }
  // A name given twice cannot be mapped: the address and the command line name columns, not positions.
  const seen = new Map<string, number>();
  header.forEach((name, k) => {
    const earlier = seen.get(name);
    if (earlier !== undefined) throw new SurvivalCsvError(`${file} line 1: column ${JSON.stringify(name)} is named twice (columns ${earlier + 1} and ${k + 1}), expected each column's name once`);
    if (name !== "") seen.set(name, k);
  });
  const width = header.length;
  let capacity = 1024;
  let values = header.map(() => new Float64Array(capacity));
  let states = header.map(() => new Uint8Array(capacity));
  let rowStart = new Uint32Array(capacity);
  let textCodes = header.map(() => new Int32Array(capacity));
  const texts = header.map((): string[] => []);
  const textIndex = header.map(() => new Map<string, number>());
  let cellString = "";
  let rawString = "";
  const recentText = header.map((): string[] => []);
  const recentCode = header.map((): number[] => []);
  const text01 = header.map(() => true);
  const hasNumber = header.map(() => false);
  const hasText = header.map(() => false);
  let rows = 0;
  let i = first.next;
  while (i < n) {
    const start = i;
    const c0 = text.charCodeAt(i);
    // A blank line is no row, as in csvParseRows.
    if (c0 === NEWLINE || c0 === RETURN) {
      i += c0 === RETURN && text.charCodeAt(i + 1) === NEWLINE ? 2 : 1;
      continue;
    }
    if (rows === capacity) {
      capacity *= 2;
      values = values.map((v) => {
        const grown = new Float64Array(capacity);
        grown.set(v);
        return grown;
      });
      states = states.map((s) => {
        const grown = new Uint8Array(capacity);
        grown.set(s);
        return grown;
      });
      textCodes = textCodes.map((t) => {
        const grown = new Int32Array(capacity);
        grown.set(t);
        return grown;
      });
      const grown = new Uint32Array(capacity);
      grown.set(rowStart);
      rowStart = grown;
    }
    rowStart[rows] = start;
    let column = 0;
    let ended = false;
    while (!ended) {
      let value = NaN;
      let state = NUMBER;
      let textCode = -1;
      let next: number;
      if (text.charCodeAt(i) === QUOTE) {
        // Quoted cells are rare in numeric files: read them the slow, exact way.
        const {cells, next: after} = readRow(text, i, file);
        const cell = cells[0].trim();
        // readRow read on to the row's end; come back to the first cell's end.
        if (cells.length > 1) {
          let j = i + 1;
          for (;;) {
            const close = text.indexOf('"', j);
            if (text.charCodeAt(close + 1) === QUOTE) j = close + 2;
            else {
              j = close + 1;
              break;
            }
          }
          next = j + 1;
        } else {
          next = after;
          ended = true;
        }
        if (cell === "" || cell === "NA") state = MISSING;
        else if (Number.isFinite((value = Number(cell)))) state = NUMBER;
        else state = TEXT;
        cellString = cell;
        // A quoted cell is never matched in place.
        rawString = "";
      } else {
        let j = i;
        let c = 0;
        let mantissa = 0;
        let digits = 0;
        let fraction = -1;
        let plain = true;
        let negative = false;
        if (text.charCodeAt(j) === MINUS) {
          negative = true;
          ++j;
        }
        while (j < n && (c = text.charCodeAt(j)) !== COMMA && c !== NEWLINE && c !== RETURN) {
          if (c >= ZERO && c <= NINE) {
            mantissa = mantissa * 10 + (c - ZERO);
            ++digits;
            if (fraction >= 0) ++fraction;
          } else if (c === DOT && fraction < 0) fraction = 0;
          else plain = false;
          ++j;
        }
        if (j >= n) ended = true;
        if (plain && digits > 0 && mantissa < MANTISSA_LIMIT && fraction <= 22) {
          value = fraction > 0 ? mantissa / POWERS[fraction] : mantissa;
          if (negative) value = -value;
        } else {
          // A category's few values recur on every row: matched in place, they need no substring, number parse or hash.
          const recent = column < width ? recentText[column] : NO_TEXT;
          const length = j - i;
          for (let q = 0; q < recent.length; ++q) {
            if (recent[q].length === length && text.startsWith(recent[q], i)) {
              state = TEXT;
              textCode = recentCode[column][q];
              break;
            }
          }
          if (textCode < 0) {
            const raw = text.slice(i, j);
            const cell = raw.trim();
            if (cell === "" || cell === "NA") state = MISSING;
            else if (!Number.isFinite((value = Number(cell)))) state = TEXT;
            cellString = cell;
            rawString = raw;
          }
        }
        if (!ended) {
          if (c === COMMA) next = j + 1;
          else {
            ended = true;
            next = c === RETURN && text.charCodeAt(j + 1) === NEWLINE ? j + 2 : j + 1;
          }
        } else next = n;
      }
      if (column < width) {
        states[column][rows] = state;
        if (state === NUMBER) {
          values[column][rows] = value;
          hasNumber[column] = true;
          if (value !== 0 && value !== 1) text01[column] = false;
        } else {
          values[column][rows] = NaN;
          if (state === TEXT) {
            hasText[column] = true;
            let code = textCode;
            if (code < 0) {
              const known = textIndex[column].get(cellString);
              code = known ?? texts[column].push(cellString) - 1;
              if (known === undefined) textIndex[column].set(cellString, code);
              if (rawString !== "" && recentText[column].length < RECENT) {
                recentText[column].push(rawString);
                recentCode[column].push(code);
              }
            }
            textCodes[column][rows] = code;
          }
        }
      }
      ++column;
      i = next;
      if (i >= n) ended = true;
    }
    ++rows;
    if (column !== width) throw new SurvivalCsvError(`${file} row ${rows} (line ${rows + 1}): ${column} cells, expected ${width} as in the header`);
  }
  if (rows === 0) throw new SurvivalCsvError(`${file} has a header but no rows: expected one row per patient`);
  const columns = header.map((name, k): CsvColumn => ({
    name,
    values: values[k].subarray(0, rows),
    state: states[k].subarray(0, rows),
    textCodes: textCodes[k].subarray(0, rows),
    texts: texts[k],
    detected: hasText[k] ? "category" : !hasNumber[k] ? "empty" : text01[k] ? "event" : "number"
  }));
  return {file, text, header, rows, rowStart: rowStart.subarray(0, rows), columns};
}

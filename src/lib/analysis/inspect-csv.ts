// A first look at a reader's CSV before they map its columns: the header, the
// number of rows and each column's detected kind (numeric when every filled
// cell is a number, else categorical). It fails on what no mapping can fix:
// an empty file, a first row of numbers instead of names, a ragged row; the
// messages are readSurvivalCsv's, which reads the mapped columns afterwards.
import {csvParseRows} from "d3";
import {SurvivalCsvError} from "./survival-csv.js";

export type ColumnKind = "numeric" | "categorical";

export interface CsvOverview {
  header: string[];
  kinds: ColumnKind[];
  rows: number;
}

const MISSING = new Set(["", "NA"]);

export function inspectCsv(text: string, file: string): CsvOverview {
  return inspectRows(csvParseRows(text), file);
}

/** inspectCsv of rows already parsed (csvParseRows). */
export function inspectRows(rows: string[][], file: string): CsvOverview {
  if (rows.length === 0 || (rows.length === 1 && rows[0].every((cell) => cell.trim() === ""))) {
    throw new SurvivalCsvError(`${file} is empty: expected a header row naming the columns, then one row per patient`);
  }
  const header = rows[0].map((cell) => cell.trim());
  if (header.length > 0 && header.every((cell) => cell !== "" && Number.isFinite(Number(cell)))) {
    throw new SurvivalCsvError(`${file} line 1: ${header.slice(0, 4).map((c) => JSON.stringify(c)).join(", ")} are numbers, expected a header row naming the columns`);
  }
  const numeric = header.map(() => true);
  let count = 0;
  for (let r = 1; r < rows.length; ++r) {
    const cells = rows[r];
    if (cells.length === 1 && cells[0] === "") continue;
    if (cells.length !== header.length) throw new SurvivalCsvError(`${file} row ${r} (line ${r + 1}): ${cells.length} cells, expected ${header.length} as in the header`);
    ++count;
    for (let c = 0; c < cells.length; ++c) {
      if (!numeric[c]) continue;
      const value = cells[c].trim();
      if (!MISSING.has(value) && !Number.isFinite(Number(value))) numeric[c] = false;
    }
  }
  if (count === 0) throw new SurvivalCsvError(`${file} has a header but no rows: expected one row per patient`);
  return {header, kinds: numeric.map((n) => (n ? "numeric" : "categorical")), rows: count};
}

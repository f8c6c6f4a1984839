// A first look at a reader's CSV before they map its columns: the header, the
// number of rows and each column's detected type (empty, a 0/1 event, a
// number, or a category when some filled cell is not a number). It fails on
// what no mapping can fix: an empty file, a first row of numbers instead of
// names, a ragged row; the messages are readSurvivalCsv's, which reads the
// mapped columns afterwards.
import {parseCsvColumns, type ColumnType, type CsvColumns} from "./csv-columns.js";

export interface CsvOverview {
  header: string[];
  types: ColumnType[];
  rows: number;
}

export function inspectCsv(text: string, file: string): CsvOverview {
  return csvOverview(parseCsvColumns(text, file));
}

/** inspectCsv of a file already parsed (parseCsvColumns). */
export function csvOverview(csv: CsvColumns): CsvOverview {
  return {header: csv.header, types: csv.columns.map((c) => c.detected), rows: csv.rows};
}

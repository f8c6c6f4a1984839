import {csvFormatRows, csvParseRows} from "d3";

/** CSV text with one cell replaced: data row `row` (1-based), column by name. */
export function editCell(text: string, row: number, column: string, value: string): string {
  const rows = csvParseRows(text);
  const j = rows[0].indexOf(column);
  if (j < 0) throw new Error(`no column ${column}`);
  rows[row][j] = value;
  return csvFormatRows(rows) + "\n";
}

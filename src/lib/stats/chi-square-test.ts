// Pearson's chi-square test of independence for an r×c table of counts,
// R `chisq.test(m, correct)`.
import {checkedTable} from "./check-input.js";
import {chiSquareUpperTail} from "./distributions.js";

export interface ChiSquareTestOptions {
  /** Yates' continuity correction; as in R it is applied to 2×2 tables only. */
  correct?: boolean;
}

export interface ChiSquareTestResult {
  chisq: number;
  df: number;
  p: number;
  /** Expected counts under independence, row sum × column sum / total. */
  expected: number[][];
}

/**
 * Rows and columns are the two classifications (for a 2×2 table: rows =
 * exposure or arm, columns = outcome yes / no). A zero row or column sum makes
 * an expected count 0 and, as in R, the statistic and p value NaN.
 */
export function chiSquareTest(table: ArrayLike<ArrayLike<number>>, {correct = true}: ChiSquareTestOptions = {}): ChiSquareTestResult {
  const {cells, rows, columns} = checkedTable(table);
  const rowSums = new Float64Array(rows);
  const columnSums = new Float64Array(columns);
  let total = 0;
  for (let i = 0; i < rows; ++i) {
    for (let j = 0; j < columns; ++j) {
      const v = cells[i * columns + j];
      rowSums[i] += v;
      columnSums[j] += v;
      total += v;
    }
  }
  const expected = new Float64Array(rows * columns);
  for (let i = 0; i < rows; ++i) for (let j = 0; j < columns; ++j) expected[i * columns + j] = rowSums[i] * columnSums[j] / total;
  let yates = 0;
  if (correct && rows === 2 && columns === 2) {
    yates = 0.5;
    for (let i = 0; i < 4; ++i) yates = Math.min(yates, Math.abs(cells[i] - expected[i]));
  }
  let chisq = 0;
  for (let i = 0; i < cells.length; ++i) {
    const deviation = Math.abs(cells[i] - expected[i]) - yates;
    chisq += deviation * deviation / expected[i];
  }
  const df = (rows - 1) * (columns - 1);
  const expectedRows = Array.from({length: rows}, (_, i) => Array.from(expected.subarray(i * columns, (i + 1) * columns)));
  return {chisq, df, p: chiSquareUpperTail(chisq, df), expected: expectedRows};
}

// Argument checks shared by the tests in this folder. Errors name the argument
// and the first offending index so a caller can find the bad cell or row.

export type Table2x2 = readonly [readonly [number, number], readonly [number, number]];
export type Alternative = "two.sided" | "less" | "greater";

function describe(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

/** Copies a table of counts with at least 2 rows and 2 columns into a row-major Float64Array. */
export function checkedTable(table: ArrayLike<ArrayLike<number>>, name = "table"): {cells: Float64Array; rows: number; columns: number} {
  if (!table || typeof table.length !== "number") throw new TypeError(`${name} is ${describe(table)}, expected an array of rows`);
  const rows = table.length;
  if (rows < 2) throw new RangeError(`${name} has ${rows} row${rows === 1 ? "" : "s"}, expected at least 2`);
  const first = table[0];
  if (!first || typeof first.length !== "number") throw new TypeError(`${name}[0] is ${describe(first)}, expected an array of counts`);
  const columns = first.length;
  if (columns < 2) throw new RangeError(`${name}[0] has ${columns} column${columns === 1 ? "" : "s"}, expected at least 2`);
  const cells = new Float64Array(rows * columns);
  for (let i = 0; i < rows; ++i) {
    const row = table[i];
    if (!row || typeof row.length !== "number") throw new TypeError(`${name}[${i}] is ${describe(row)}, expected an array of counts`);
    if (row.length !== columns) throw new RangeError(`${name}[${i}] has ${row.length} columns, expected ${columns} (the length of ${name}[0])`);
    for (let j = 0; j < columns; ++j) {
      const value = row[j];
      if (!isCount(value)) throw new RangeError(`${name}[${i}][${j}] is ${describe(value)}, expected a non-negative integer`);
      cells[i * columns + j] = value;
    }
  }
  return {cells, rows, columns};
}

/** Checks a 2×2 table of counts and returns its cells [a, b, c, d] in row-major order. */
export function checkedTable2x2(table: Table2x2, name = "table"): [number, number, number, number] {
  const {cells, rows, columns} = checkedTable(table, name);
  if (rows !== 2) throw new RangeError(`${name} has ${rows} rows, expected 2`);
  if (columns !== 2) throw new RangeError(`${name}[0] has ${columns} columns, expected 2`);
  return [cells[0], cells[1], cells[2], cells[3]];
}

/** Copies a sample into a Float64Array, rejecting non-finite values and samples shorter than `minLength`. */
export function checkedSample(values: ArrayLike<number>, name: string, minLength: number): Float64Array {
  if (!values || typeof values.length !== "number") throw new TypeError(`${name} is ${describe(values)}, expected an array of numbers`);
  const n = values.length;
  if (n < minLength) throw new RangeError(`${name} has ${n} value${n === 1 ? "" : "s"}, expected at least ${minLength}`);
  const out = new Float64Array(n);
  for (let i = 0; i < n; ++i) {
    const v = values[i];
    if (typeof v !== "number" || !Number.isFinite(v)) throw new RangeError(`${name}[${i}] is ${describe(v)}, expected a finite number`);
    out[i] = v;
  }
  return out;
}

/** Copies 0/1 values (an outcome or an exposure) into a Uint8Array, naming the first other value. */
export function checkedIndicator(values: ArrayLike<number>, name: string, minLength: number): Uint8Array {
  const sample = checkedSample(values, name, minLength);
  const out = new Uint8Array(sample.length);
  for (let i = 0; i < sample.length; ++i) {
    if (sample[i] !== 0 && sample[i] !== 1) throw new RangeError(`${name}[${i}] is ${sample[i]}, expected 0 or 1`);
    out[i] = sample[i];
  }
  return out;
}

export function checkConfLevel(confLevel: number): void {
  if (typeof confLevel !== "number" || !(confLevel > 0 && confLevel < 1)) {
    throw new RangeError(`confLevel is ${describe(confLevel)}, expected a number strictly between 0 and 1`);
  }
}

export function checkAlternative(alternative: Alternative): void {
  if (alternative !== "two.sided" && alternative !== "less" && alternative !== "greater") {
    throw new RangeError(`alternative is ${describe(alternative)}, expected "two.sided", "less" or "greater"`);
  }
}

/** Checks a binomial count x out of n trials. */
export function checkBinomial(x: number, n: number): void {
  if (!(isCount(n) && n > 0)) throw new RangeError(`n is ${describe(n)}, expected a positive integer`);
  if (!isCount(x) || x > n) throw new RangeError(`x is ${describe(x)}, expected an integer between 0 and n = ${n}`);
}

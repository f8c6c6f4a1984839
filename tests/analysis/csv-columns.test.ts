import {csvParseRows} from "d3";
import fc from "fast-check";
import {expect, it} from "vitest";
import {cellText, columnLevels, MISSING, NUMBER, parseCsvColumns, TEXT} from "../../src/lib/analysis/csv-columns.js";

it("reads each column into numbers with each cell's state and the column's detected type", () => {
  const csv = parseCsvColumns("t,e,g,x,code\n5.25,1,a,,1\n-3,0,b,NA,2\n1e3,1, a ,,10\n", "f.csv");
  expect(csv.header).toEqual(["t", "e", "g", "x", "code"]);
  expect(csv.rows).toBe(3);
  expect(csv.columns.map((c) => c.detected)).toEqual(["number", "event", "category", "empty", "number"]);
  expect(csv.columns[0].values).toEqual(Float64Array.of(5.25, -3, 1000));
  expect(Array.from(csv.columns[2].state)).toEqual([TEXT, TEXT, TEXT]);
  expect(Array.from(csv.columns[3].state)).toEqual([MISSING, MISSING, MISSING]);
  expect(Array.from(csv.columns[4].state)).toEqual([NUMBER, NUMBER, NUMBER]);
  expect(cellText(csv, 3, 2)).toBe("a");
  expect(columnLevels(csv, 2)).toEqual({codes: Int32Array.of(0, 1, 0), levels: ["a", "b"]});
  expect(columnLevels(csv, 4).levels).toEqual(["1", "2", "10"]);
});

it("fails on an empty file, a header of numbers and a ragged row, naming the file, row and what was expected", () => {
  expect(() => parseCsvColumns("", "f.csv")).toThrow("f.csv is empty: expected a header row naming the columns, then one row per patient");
  expect(() => parseCsvColumns("5,1\n", "f.csv")).toThrow('f.csv line 1: "5", "1" are numbers, expected a header row naming the columns');
  expect(() => parseCsvColumns("t,e\n5,1\n6\n", "f.csv")).toThrow("f.csv row 2 (line 3): 1 cells, expected 2 as in the header");
  expect(() => parseCsvColumns("t,e\n5,1,2\n", "f.csv")).toThrow("f.csv row 1 (line 2): 3 cells, expected 2 as in the header");
  expect(() => parseCsvColumns("t,e\n\n", "f.csv")).toThrow("f.csv has a header but no rows: expected one row per patient");
});

it("fails on a quote never closed, naming the line it opens on, and on a column named twice", () => {
  // Read on to the end, the quote would swallow the rows after it into one group.
  expect(() => parseCsvColumns('t,e,g\n5,1,A\n7,0,"A\n8,1,B\n', "f.csv")).toThrow('f.csv line 3: a quote opens a cell and is never closed, expected a closing " before the end of the file');
  expect(() => parseCsvColumns('t,e,g\r\n"5,1,A\r\n', "f.csv")).toThrow('f.csv line 2: a quote opens a cell and is never closed, expected a closing " before the end of the file');
  expect(() => parseCsvColumns('"t,e\n5,1\n', "f.csv")).toThrow('f.csv line 1: a quote opens a cell and is never closed, expected a closing " before the end of the file');
  expect(() => parseCsvColumns("time,time,event\n5,6,1\n", "f.csv")).toThrow('f.csv line 1: column "time" is named twice (columns 1 and 2), expected each column\'s name once');
  // Unnamed columns (trailing commas) are no names to confuse.
  expect(parseCsvColumns("t,e,,\n5,1,,\n", "f.csv").header).toEqual(["t", "e", "", ""]);
});

it("splits rows and cells as d3's csvParseRows, and reads every cell as Number() of its trimmed text", () => {
  const cell = fc.oneof(
    fc.double({noNaN: true, noDefaultInfinity: true}).map(String),
    fc.integer({min: -1e6, max: 1e6}).map(String),
    fc.constantFrom("", "NA", " 7 ", "1.50", ".5", "5.", "-0", "+2", "0x1F", "1e-7", "abc", "a,b", 'say "hi"', "x\ny", "Infinity"),
    fc.string({maxLength: 6})
  );
  const quote = (c: string) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  fc.assert(fc.property(fc.array(fc.array(cell, {minLength: 3, maxLength: 3}), {minLength: 1, maxLength: 20}), fc.constantFrom("\n", "\r\n"), (rows, eol) => {
    const text = ["a,b,c", ...rows.map((r) => r.map(quote).join(","))].join(eol) + eol;
    const expected = csvParseRows(text).slice(1).filter((r) => !(r.length === 1 && r[0] === ""));
    // Rows csvParseRows reads as blank (one empty cell) are no rows; a three-cell row is never blank.
    const csv = parseCsvColumns(text, "f.csv");
    expect(csv.rows).toBe(expected.length);
    expected.forEach((cells, r) => cells.forEach((raw, c) => {
      const value = raw.trim();
      const x = Number(value);
      const state = value === "" || value === "NA" ? MISSING : Number.isFinite(x) ? NUMBER : TEXT;
      expect(csv.columns[c].state[r]).toBe(state);
      if (state === NUMBER) expect(csv.columns[c].values[r]).toBe(x);
      expect(cellText(csv, r + 1, c)).toBe(value);
    }));
  }), {numRuns: 300});
});

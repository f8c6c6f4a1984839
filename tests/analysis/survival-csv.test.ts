import {expect, it} from "vitest";
import {readSurvivalCsv, SurvivalCsvError} from "../../src/lib/analysis/survival-csv.js";

it("reads the named columns as typed arrays, leaving out rows with a missing value", () => {
  const data = readSurvivalCsv('id,t,e,arm,age,start\nA,5,1,"x, y",61,0\nB,NA,0,x,70,1\nC,7.5,0,z,,2\nD,9,0,z,55,2\n', "f.csv", {time: "t", event: "e", group: "arm", covariates: ["age"], entry: "start"});
  expect(data.n).toBe(2);
  expect(data.omitted).toBe(2);
  expect(data.time).toEqual(Float64Array.of(5, 9));
  expect(data.event).toEqual(Uint8Array.of(1, 0));
  expect(data.entry).toEqual(Float64Array.of(0, 2));
  expect(data.group).toEqual(["x, y", "z"]);
  expect(data.covariates.age).toEqual(Float64Array.of(61, 55));
});

it("throws a SurvivalCsvError naming the row, column, value and what was expected", () => {
  expect(() => readSurvivalCsv("t,e,age\n1,1,old\n", "f.csv", {time: "t", event: "e", covariates: ["age"]})).toThrow(new SurvivalCsvError('f.csv row 1 (line 2), column "age": "old", expected a number', {column: "age"}));
});

it("reads a column as the type the reader chose, and says which cell cannot be it", () => {
  const text = "t,e,code,site\n5,1,1,x\n6,0,2,y\n7,1,10,x\n8,1,,y\n";
  const data = readSurvivalCsv(text, "f.csv", {time: "t", event: "e", covariates: ["code"], subgroups: ["site"], types: {code: "category", site: "category"}});
  // Numeric codes as categories sort as numbers, as R's factor() of a numeric column.
  expect(data.factors.code).toEqual({value: ["1", "2", "10"], levels: ["1", "2", "10"]});
  expect(data.subgroups.site).toEqual({level: ["x", "y", "x"], levels: ["x", "y"]});
  expect(() => readSurvivalCsv(text, "f.csv", {time: "t", event: "e", group: "site", types: {site: "number"}})).toThrow(new SurvivalCsvError('f.csv row 1 (line 2), column "site": "x", expected a number (column "site" is set to be a number)', {column: "site"}));
  expect(() => readSurvivalCsv(text, "f.csv", {time: "t", event: "e", types: {t: "category"}})).toThrow(new SurvivalCsvError('f.csv: column "t" is set to be a category, expected a number for the time'));
});

it("splits a numeric subgroup at its median and a 0/1 flag by its values, leaving a missing cell out of that subgrouping only", () => {
  const data = readSurvivalCsv("t,e,age,flag\n5,1,40,1\n6,0,50,0\n7,1,,1\n8,1,70,\n", "f.csv", {time: "t", event: "e", subgroups: ["age", "flag"]});
  expect(data.n).toBe(4);
  expect(data.subgroups.age).toEqual({level: ["≤ 50", "≤ 50", null, "> 50"], levels: ["≤ 50", "> 50"]});
  expect(data.subgroups.flag).toEqual({level: ["1", "0", "1", null], levels: ["0", "1"]});
});

it("quotes the cell as written and keeps quoted commas, CRLF line ends and blank lines apart from rows", () => {
  const data = readSurvivalCsv('t,e,g\r\n5.50,1,"a, b"\r\n\r\n6,0,"say ""c"""\r\n', "f.csv", {time: "t", event: "e", group: "g"});
  expect(data.time).toEqual(Float64Array.of(5.5, 6));
  expect(data.group).toEqual(["a, b", 'say "c"']);
  expect(() => readSurvivalCsv("t,e\n5,1\n-1.50,0\n", "f.csv", {time: "t", event: "e"})).toThrow('f.csv row 2 (line 3), column "t": "-1.50", expected a time of 0 or more');
});

it("gives each analysed row's group as its index in the factor-ordered levels", () => {
  // First seen order 10, b, 2; a row with a missing time left out; levels sort as R's factor() of text (C locale).
  const data = readSurvivalCsv("t,e,g\n5,1,10\n6,0,b\nNA,1,b\n7,1,2\n8,0,10\n", "f.csv", {time: "t", event: "e", group: "g"});
  expect(data.groupLevels).toEqual(["10", "2", "b"]);
  expect(data.group).toEqual(["10", "b", "2", "10"]);
  expect(data.groupIndex).toEqual(Uint32Array.of(0, 2, 1, 0));
});

it("refuses one column as two of the time, event and entry, and names a file separated by semicolons", () => {
  expect(() => readSurvivalCsv("t,e\n3,1\n", "f.csv", {time: "t", event: "t"})).toThrow(new SurvivalCsvError('f.csv: column "t" is chosen as both the time and the event, expected a column of its own for each'));
  expect(() => readSurvivalCsv("t,e,s\n3,1,0\n", "f.csv", {time: "t", event: "e", entry: "e"})).toThrow(new SurvivalCsvError('f.csv: column "e" is chosen as both the event and the entry time, expected a column of its own for each'));
  expect(() => readSurvivalCsv("time;event\n3;1\n", "f.csv", {time: "time", event: "event"})).toThrow(
    new SurvivalCsvError('f.csv line 1: one column, "time;event", holding semicolons, expected cells separated by commas (save the file as comma-separated values)')
  );
});

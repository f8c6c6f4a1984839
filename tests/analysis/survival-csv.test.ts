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
  expect(() => readSurvivalCsv("t,e,age\n1,1,old\n", "f.csv", {time: "t", event: "e", covariates: ["age"]})).toThrow(new SurvivalCsvError('f.csv row 1 (line 2), column "age": "old", expected a number'));
});

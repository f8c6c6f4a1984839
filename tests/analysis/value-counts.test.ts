import {expect, it} from "vitest";
import {valueCounts} from "../../src/lib/analysis/value-counts.js";

it("counts rows per group and value, sorted, leaving out missing values", () => {
  const rows = [{g: "b", v: 2}, {g: "a", v: 3}, {g: "b", v: 2}, {g: "a", v: 1}, {g: "a", v: null}];
  expect(valueCounts(rows, (r) => r.v, (r) => r.g)).toEqual([{group: "a", value: 1, count: 1}, {group: "a", value: 3, count: 1}, {group: "b", value: 2, count: 2}]);
  expect(valueCounts([], (r: {v: number}) => r.v, () => "x")).toEqual([]);
});

import {describe, expect, it} from "vitest";
import {otherGroupings} from "../../src/lib/analysis/other-groupings.js";

const header = ["time", "event", "group", "arm", "age", "site", "stage"];
const columns = {time: "time", event: "event", entry: undefined, group: "group", covariates: ["age"], subgroups: [], types: {group: "category", arm: "category", site: "category", stage: "category"} as const};

describe("otherGroupings", () => {
  it("groups the same mapping by each other category column, in the file's order, up to the limit", () => {
    expect(otherGroupings(columns, header, 2)).toEqual([
      {...columns, group: "arm"},
      {...columns, group: "site"}
    ]);
    expect(otherGroupings(columns, header, 5).map((c) => c.group)).toEqual(["arm", "site", "stage"]);
  });

  it("keeps the mapping's keys in their order, so a copy names the analysis the page asks for", () => {
    const [copy] = otherGroupings(columns, header, 1);
    expect(JSON.stringify(copy)).toBe(JSON.stringify({...columns, group: "arm"}));
    expect(Object.keys(copy)).toEqual(Object.keys(columns));
  });

  it("never groups by the time, event or entry column, nor by a number, and offers nothing without a group", () => {
    const typed = {...columns, entry: "site", types: {...columns.types, time: "category", age: "number"} as const};
    expect(otherGroupings(typed, header, 5).map((c) => c.group)).toEqual(["arm", "stage"]);
    expect(otherGroupings({...columns, group: undefined}, header, 5)).toEqual([]);
  });
});

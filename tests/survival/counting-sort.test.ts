import {describe, expect, it} from "vitest";
import {countingSort} from "../../src/lib/survival/counting-sort.js";
import {partitionRows} from "../../src/lib/survival/partition-rows.js";

describe("countingSort", () => {
  it("orders rows by key and keeps rows with equal keys in their order", () => {
    const key = Int32Array.from([2, 0, 1, 0, 2, 1]);
    const {order, start} = countingSort(Int32Array.from([5, 4, 3, 2, 1, 0]), key, 3);
    expect([...order]).toEqual([3, 1, 5, 2, 4, 0]);
    expect([...start]).toEqual([0, 2, 4, 6]);
  });

  it("leaves empty keys as empty runs", () => {
    const {order, start} = countingSort(Int32Array.from([0, 1]), Int32Array.from([2, 2]), 4);
    expect([...order]).toEqual([0, 1]);
    expect([...start]).toEqual([0, 0, 0, 2, 2]);
  });
});

describe("partitionRows", () => {
  it("lists the rows of each code in row order", () => {
    expect(partitionRows(Int32Array.from([1, 0, 1, 2, 0]), 4).map((rows) => [...rows])).toEqual([[1, 4], [0, 2], [3], []]);
  });
});

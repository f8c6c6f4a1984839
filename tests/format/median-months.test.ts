import {describe, expect, it} from "vitest";
import {formatMedianMonths} from "../../src/lib/format/median-months.js";

describe("formatMedianMonths", () => {
  it("gives the median in whole months", () => {
    expect(formatMedianMonths({fit: {median: {estimate: 11.5, lower: 6.1, upper: 55}}})).toBe("12 months");
    expect(formatMedianMonths({fit: {median: {estimate: 44, lower: 30, upper: null}}})).toBe("44 months");
  });

  it("tells a median not reached from a group without patients", () => {
    expect(formatMedianMonths({fit: {median: {estimate: null, lower: 20, upper: null}}})).toBe("not reached");
    expect(formatMedianMonths({fit: null})).toBe("no patients");
  });
});

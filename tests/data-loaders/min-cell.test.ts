import {describe, expect, it} from "vitest";
import type {RiskTableRow} from "../../data-loaders/aggregate/aggregate-cohort.js";
import {applyMinCell, patternKey} from "../../data-loaders/aggregate/min-cell.js";

const pattern = {arm: "bland", primary_tumor: "carcinoid", hormonally_active: 0, extrahepatic_disease: 0};
const rare = {arm: "chemoembolization", primary_tumor: "gastrinoma", hormonally_active: 1, extrahepatic_disease: 1};
const row = (p: typeof pattern, endpoint: string, time: number, events: number, censored: number, entries = 0): RiskTableRow => ({...p, endpoint, time_months: time, events, censored, entries});

// Three patients in the common pattern, two in the rare one; the rare one's TTP rows too.
const TABLE: RiskTableRow[] = [
  row(pattern, "os_embolization", 10, 1, 0),
  row(pattern, "os_embolization", 20, 1, 1),
  row(rare, "os_embolization", 5, 1, 1),
  row(pattern, "ttp", 4, 2, 0),
  row(rare, "ttp", 3, 1, 0),
  row(rare, "os_diagnosis", 30, 0, 0, 2),
  row(rare, "os_diagnosis", 40, 2, 0)
];

describe("applyMinCell", () => {
  it("leaves every row with MIN_CELL unset or 1", () => {
    expect(applyMinCell(TABLE, null)).toEqual({rows: TABLE, suppressed: []});
    expect(applyMinCell(TABLE, 1)).toEqual({rows: TABLE, suppressed: []});
    expect(applyMinCell(TABLE, 2)).toEqual({rows: TABLE, suppressed: []});
  });

  it("drops every endpoint's rows of a pattern with fewer patients, and names the pattern", () => {
    const {rows, suppressed} = applyMinCell(TABLE, 3);
    expect(suppressed).toEqual([rare]);
    expect(rows).toEqual(TABLE.filter((r) => r.arm === "bland"));
    expect(rows.some((r) => patternKey(r) === patternKey(rare))).toBe(false);
  });

  it("drops everything when no pattern is large enough", () => {
    const {rows, suppressed} = applyMinCell(TABLE, 4);
    expect(rows).toEqual([]);
    expect(suppressed.map(patternKey).sort()).toEqual([patternKey(pattern), patternKey(rare)].sort());
  });
});

import {describe, expect, it} from "vitest";
import type {RiskTableRow} from "../../data-loaders/aggregate/aggregate-cohort.js";
import {applyMinCell} from "../../data-loaders/aggregate/min-cell.js";
import {riskTablePatternKey as patternKey} from "../../src/lib/analysis/risk-table-pattern-key.js";

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
    const tally = {patterns: 2, patients: 5, withheldPatients: 0};
    expect(applyMinCell(TABLE, null)).toEqual({rows: TABLE, suppressed: [], tally});
    expect(applyMinCell(TABLE, 1)).toEqual({rows: TABLE, suppressed: [], tally});
    expect(applyMinCell(TABLE, 2)).toEqual({rows: TABLE, suppressed: [], tally});
  });

  it("drops every endpoint's rows of a pattern with fewer patients, and names the pattern", () => {
    const {rows, suppressed, tally} = applyMinCell(TABLE, 3);
    expect(suppressed).toEqual([rare]);
    expect(tally).toEqual({patterns: 2, patients: 5, withheldPatients: 2});
    expect(rows).toEqual(TABLE.filter((r) => r.arm === "bland"));
    expect(rows.some((r) => patternKey(r) === patternKey(rare))).toBe(false);
  });

  it("drops everything when no pattern is large enough", () => {
    const {rows, suppressed, tally} = applyMinCell(TABLE, 4);
    expect(rows).toEqual([]);
    expect(tally).toEqual({patterns: 2, patients: 5, withheldPatients: 5});
    expect(suppressed.map(patternKey).sort()).toEqual([patternKey(pattern), patternKey(rare)].sort());
  });
});

describe("MIN_CELL on the reconstruction", async () => {
  const {aggregateCohort} = await import("../../data-loaders/aggregate/aggregate-cohort.js");
  const {compareSurvival} = await import("../../src/lib/analysis/compare-survival.js");
  const {riskTablePatients} = await import("../../src/lib/analysis/risk-table-patients.js");
  const {suppressedNote} = await import("../../src/lib/analysis/suppressed-patterns.js");
  const {patients} = await import("../analysis/reference-cohort.js");
  const {riskTable} = await aggregateCohort({patients: "tests/fixtures/reconstruction/patients.csv", procedures: "tests/fixtures/reconstruction/procedures.csv"});
  const curves = (rows: Parameters<typeof compareSurvival>[0]) => compareSurvival(rows, {endpoint: "os_embolization", groupBy: "arm"});

  it("changes nothing with k = 1", () => {
    expect(applyMinCell(riskTable, 1)).toEqual({rows: riskTable, suppressed: [], tally: {patterns: new Set(riskTable.map(patternKey)).size, patients: 67, withheldPatients: 0}});
  });

  it("with k = 3 leaves out exactly the patients of the small patterns, and says where", () => {
    const {rows, suppressed, tally} = applyMinCell(riskTable, 3);
    expect(suppressed.length).toBeGreaterThan(0);
    const small = new Set(suppressed.map(patternKey));
    const kept = patients.filter((p) => !small.has(patternKey(p)));
    expect(tally).toEqual({patterns: new Set(patients.map(patternKey)).size, patients: 67, withheldPatients: 67 - kept.length});
    const sizes = new Map<string, number>();
    for (const p of patients) sizes.set(patternKey(p), (sizes.get(patternKey(p)) ?? 0) + 1);
    expect([...small].every((key) => sizes.get(key)! < 3)).toBe(true);
    expect([...sizes].filter(([key, n]) => n < 3 && !small.has(key))).toEqual([]);
    const fromTable = curves(riskTablePatients(rows as Parameters<typeof riskTablePatients>[0]));
    const fromRows = curves(kept);
    expect(fromTable.curves.map((c) => c.n)).toEqual(fromRows.curves.map((c) => c.n));
    expect(fromTable.test?.p).toBeCloseTo(fromRows.test!.p!, 12);
    const listed = suppressed as Parameters<typeof suppressedNote>[0]["suppressed"];
    expect(suppressedNote({minCell: 3, suppressed: listed}, {})).toMatch(new RegExp(`^${suppressed.length} combinations of arm, primary tumour, hormonal activity and extrahepatic disease under these filters held fewer than 3 patients`));
    const carcinoid = suppressed.filter((p) => p.primary_tumor === "carcinoid").length;
    expect(suppressedNote({minCell: 3, suppressed: listed}, {tumor: "carcinoid"})).toEqual(carcinoid === 0 ? null : expect.stringMatching(new RegExp(`^${carcinoid} combination`)));
    expect(suppressedNote({minCell: null, suppressed: []}, {})).toBeNull();
  });
});

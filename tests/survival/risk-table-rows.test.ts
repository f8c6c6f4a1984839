// A risk table of counts back into weighted rows: the k-th entry of a
// pattern paired with its k-th exit, which gives the rows' risk sets, so the
// estimators give the rows' results.
import {readFileSync} from "node:fs";
import {expect, it} from "vitest";
import {readSurvivalCsv} from "../../src/lib/analysis/survival-csv.js";
import {coxPH, kaplanMeierByGroup, riskTableRows, RiskTableCountsError} from "../../src/lib/survival/index.js";

it("pairs entries and exits of each pattern in time order, weighted", () => {
  const rows = riskTableRows({
    time: [0, 5, 3, 7, 9, 1, 2],
    events: [0, 1, 0, 0, 1, 0, 2],
    censored: [0, 0, 0, 1, 0, 0, 0],
    entries: [2, 0, 1, 0, 0, 2, 0],
    pattern: ["a", "a", "a", "a", "a", "b", "b"]
  });
  expect(Array.from(rows.entry!)).toEqual([0, 0, 3, 1]);
  expect(Array.from(rows.time)).toEqual([5, 7, 9, 2]);
  expect(Array.from(rows.event)).toEqual([1, 0, 1, 1]);
  expect(rows.pattern).toEqual(["a", "a", "a", "b"]);
  expect(Array.from(rows.weights)).toEqual([1, 1, 1, 2]);
  const plain = riskTableRows({time: [4, 2], events: [3, 0], censored: [1, 2]});
  expect([Array.from(plain.time), Array.from(plain.event), Array.from(plain.weights), plain.entry]).toEqual([[2, 4, 4], [0, 1, 0], [2, 3, 1], undefined]);
});

it("refuses counts that no rows give, and counts that are not whole numbers", () => {
  expect(() => riskTableRows({time: [1, 2], events: [1, 0], censored: [0, 0], entries: [0, 1]})).toThrow("pattern undefined: more exits by time 1 than entries before it, so these counts come from no rows");
  expect(() => riskTableRows({time: [1, 2], events: [0, 1], censored: [0, 0], entries: [2, 0]})).toThrow("pattern undefined: more entries than exits, so these counts come from no rows");
  expect(() => riskTableRows({time: [1], events: [1.5], censored: [0]})).toThrow("events[0] is 1.5, expected a whole number >= 0");
});

it("names the offending count by its index in the input and the rows at risk there", () => {
  const thrown = (counts: Parameters<typeof riskTableRows>[0]) => {
    try {
      riskTableRows(counts);
    } catch (error) {
      expect(error).toBeInstanceOf(RiskTableCountsError);
      expect(error).toBeInstanceOf(RangeError);
      const {kind, index, atRisk} = error as RiskTableCountsError;
      return {kind, index, atRisk};
    }
    throw new Error("no error");
  };
  // Pattern b: 3 enter at 0, 2 leave at 3, then 2 at 5 with 1 left at risk; listed out of time order, after pattern a's valid counts.
  expect(thrown({time: [2, 9, 5, 0, 3], events: [0, 1, 2, 0, 1], censored: [0, 0, 0, 0, 1], entries: [1, 0, 0, 3, 0], pattern: ["a", "a", "b", "b", "b"]})).toEqual({kind: "exits-before-entries", index: 2, atRisk: 1});
  // The events of a count fit and its censorings do not: still that count, with the rows at risk before its time.
  expect(thrown({time: [4, 1], events: [2, 0], censored: [1, 0], entries: [0, 2]})).toEqual({kind: "exits-before-entries", index: 0, atRisk: 2});
  // 3 and 2 enter, 4 leave: 1 is left at risk after the last count, the one at 6 months (index 1).
  expect(thrown({time: [2, 6, 1, 4], events: [0, 3, 0, 1], censored: [0, 0, 0, 0], entries: [2, 0, 3, 0]})).toEqual({kind: "entries-without-exit", index: 1, atRisk: 1});
});

it("gives lung's Kaplan–Meier curves and Cox fit with delayed entry from its risk table by sex", () => {
  const lung = readSurvivalCsv(readFileSync("tests/fixtures/cli/lung-entry.csv", "utf8"), "lung-entry.csv", {time: "time", event: "event", group: "sex", entry: "entry"});
  const sex = lung.group!.map(String);
  // The risk table as a database would count it: per (sex, time) events, censored and entries.
  const cells = new Map<string, {time: number; events: number; censored: number; entries: number; sex: string}>();
  const cell = (s: string, t: number) => cells.get(`${s} ${t}`) ?? cells.set(`${s} ${t}`, {time: t, events: 0, censored: 0, entries: 0, sex: s}).get(`${s} ${t}`)!;
  sex.forEach((s, i) => {
    cell(s, lung.time[i])[lung.event[i] ? "events" : "censored"] += 1;
    cell(s, lung.entry![i]).entries += 1;
  });
  const table = [...cells.values()];
  const rows = riskTableRows({time: table.map((c) => c.time), events: table.map((c) => c.events), censored: table.map((c) => c.censored), entries: table.map((c) => c.entries), pattern: table.map((c) => c.sex)});
  expect(rows.time.length).toBeLessThan(2 * table.length);
  const byRows = kaplanMeierByGroup({time: lung.time, event: lung.event, entry: lung.entry, group: sex});
  const byTable = kaplanMeierByGroup({time: rows.time, event: rows.event, entry: rows.entry, group: rows.pattern!, weights: rows.weights});
  byRows.forEach(({fit}, g) => {
    for (const key of ["time", "nRisk", "nEvent", "nCensor", "surv", "stdErr"] as const) {
      Array.from(fit[key] as ArrayLike<number | null>).forEach((x, i) => expect(Math.abs((x ?? 0) - ((byTable[g].fit[key] as ArrayLike<number | null>)[i] ?? 0)), `${key}[${i}]`).toBeLessThanOrEqual(1e-12));
    }
  });
  const female = (labels: readonly string[]) => labels.map((s) => Number(s === "2"));
  const coxRows = coxPH({time: lung.time, event: lung.event, entry: lung.entry, covariates: {female: female(sex)}});
  const coxTable = coxPH({time: rows.time, event: rows.event, entry: rows.entry, covariates: {female: female(rows.pattern!)}, weights: rows.weights});
  expect(Math.abs(coxTable.coef[0]! - coxRows.coef[0]!)).toBeLessThanOrEqual(1e-12);
  expect(Math.abs(coxTable.scoreTest.chisq - coxRows.scoreTest.chisq)).toBeLessThanOrEqual(1e-12);
});

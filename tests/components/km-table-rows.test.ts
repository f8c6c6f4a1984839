import {expect, it} from "vitest";
import {curveRows, headedInMonths, riskRows} from "../../src/components/km-table-rows.js";
import {kaplanMeier} from "../../src/lib/survival/index.js";

// Two events at 0 (as TTP counts patients who never stabilized), a censoring at 3, events at 5 and 8.
const fit = kaplanMeier({time: [0, 0, 3, 5, 8, 8], event: [1, 1, 0, 1, 1, 0]});

it("gives one row per distinct time with its counts, so an event at 0 is one row, not a second start row", () => {
  const rows = curveRows([{label: "A", fit}]);
  expect(rows.map((r) => [r.time, r.n_risk, r.n_event, r.n_censor])).toEqual([
    [0, 6, 2, 0],
    [3, 4, 0, 1],
    [5, 3, 1, 0],
    [8, 2, 1, 1]
  ]);
  expect(rows.filter((r) => r.time === 0)).toHaveLength(1);
  expect(rows[0].surv).toBeCloseTo(4 / 6, 12);
  expect(rows[2].surv).toBeCloseTo((4 / 6) * (2 / 3), 12);
  expect(rows.every((r) => r.group === "A")).toBe(true);
  expect(rows[0].lower).toBeLessThan(rows[0].surv);
});

it("gives the risk table at each tick: at risk there, censored and events accumulated up to it", () => {
  expect(riskRows([{label: "A", fit}], [0, 4, 8, 12])).toEqual([
    {group: "A", time: 0, n_risk: 6, cum_censored: 0, cum_events: 2},
    {group: "A", time: 4, n_risk: 3, cum_censored: 1, cum_events: 2},
    {group: "A", time: 8, n_risk: 2, cum_censored: 2, cum_events: 4},
    {group: "A", time: 12, n_risk: 0, cum_censored: 2, cum_events: 4}
  ]);
});

it("heads the time column time_months, in its place, and changes no value", () => {
  const rows = riskRows([{label: "A", fit}], [0, 4]);
  const headed = headedInMonths(rows);
  expect(headed.map((r) => Object.keys(r))).toEqual(rows.map(() => ["group", "time_months", "n_risk", "cum_censored", "cum_events"]));
  expect(headed.map((r) => r.time_months)).toEqual([0, 4]);
  expect(headed[1]).toEqual({group: "A", time_months: 4, n_risk: 3, cum_censored: 1, cum_events: 2});
});

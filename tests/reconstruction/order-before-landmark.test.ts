import {describe, expect, it} from "vitest";
import {orderBeforeLandmark, type CurveTargets, type OrderModel, type Ordering, type TailStep} from "../../data-loaders/reconstruction/order-before-landmark.js";

const spell = (o: Ordering) => o.steps.map((s) => (s.cell === 0 ? "C" : "N") + (s.event ? "E" : "+")).join(" ");
const band = (percent: number, half = 0.5): [number, number] => [(percent - half) / 100, (percent + half) / 100];

// Seed 4's chemoembolization arm before the last pass (tests/fixtures/reconstruction-before-median):
// 20 carcinoid (2 progressing at 1 month) and 21 noncarcinoid (3) patients; up to 6 months the
// carcinoid cell has 2 progressions and 3 censorings, the noncarcinoid 7 and 1, plus the
// noncarcinoid censoring at 6.6 months, before the next progression.
const TAIL: TailStep[] = (
  [[6.6, 1, 0], [7.5, 1, 1], [7.6, 1, 1], [7.6, 1, 0], [9.3, 1, 1], [9.3, 0, 0], [9.5, 0, 1], [11.5, 0, 1], [24.1, 1, 1], [25.5, 0, 1], [28, 1, 0], [31.4, 1, 1], [32.1, 0, 1], [41, 1, 1], [51.5, 1, 0], [53.6, 0, 0], [55.4, 0, 1], [57.2, 0, 1], [57.2, 0, 1], [73.3, 0, 1], [74.6, 0, 1], [77.8, 0, 1], [90, 0, 1]] as const
).map(([time, cell, event]) => ({time, cell, event: event === 1}));
const CURVES: [CurveTargets, CurveTargets, CurveTargets] = [
  {landmarks: [[6, band(78)], [12, band(65)], [24, band(65)], [36, band(52)]], median: [54.5, 55.5]},
  {landmarks: [], median: [4.5, 5.5]},
  {landmarks: [[6, band(65)], [12, band(49)], [24, band(49)], [36, band(35)]], median: [11.5, 12.5]}
];

/** The arm with the tail's censorings at `moved` (indices into TAIL) moved before 6 months. */
function chemoArm(moved: number[]): OrderModel {
  const extra = moved.map((i) => TAIL[i]);
  const censored = (cell: number) => extra.filter((s) => s.cell === cell && !s.event).length;
  return {
    cells: [
      {n: 20, zeros: 2, events: 2, censorings: 3 + censored(0)},
      {n: 21, zeros: 3, events: 7, censorings: 1 + censored(1)}
    ],
    landmark: 6,
    tail: TAIL.filter((_, i) => !moved.includes(i)),
    curves: CURVES,
    target: 1
  };
}

describe("orderBeforeLandmark", () => {
  it("finds no order that reaches the noncarcinoid median with the arm's steps before 6 months as they are", () => {
    expect(orderBeforeLandmark(chemoArm([]), Infinity)).toEqual([]);
  });

  it("finds one order once the censoring at 6.6 months moves before 6: the noncarcinoid curve flat at exactly 50%", () => {
    const orders = orderBeforeLandmark(chemoArm([0]), Infinity);
    expect(orders.map(spell)).toEqual(["NE NE NE NE N+ N+ NE NE NE C+ C+ CE C+ CE"]);
    // Four progressions (18/21 → 14/21), two censorings, three progressions (→ 14/21 · 9/12 = 1/2).
    expect(orders[0].steps.filter((s) => s.cell === 1).map((s) => (s.event ? "E" : "+")).join("")).toMatch(/^E*\+E*\+E*$/);
    expect(orders[0].flat).toBe(true);
    expect(orders[0].steps[orders[0].crossing]).toEqual({cell: 1, event: true});
    expect(orders[0].steps.slice(orders[0].crossing + 1).every((s) => s.cell === 0)).toBe(true);
  });

  it("with the carcinoid censoring at 9.3 months moved too, finds orders that cross 50% strictly, and keeps every curve after 6 months in band", () => {
    const orders = orderBeforeLandmark(chemoArm([0, 5]), Infinity);
    // 88, as a plain enumeration of every sequence (without the pruning) also counts.
    expect(orders.length).toBe(88);
    expect(orders.some((o) => !o.flat)).toBe(true);
    expect(orders.map(spell)).toContain("CE NE NE NE NE N+ N+ NE NE NE C+ C+ C+ C+ CE");
    expect(orderBeforeLandmark(chemoArm([0, 5]), 3)).toEqual(orders.slice(0, 3));
  });

  it("rejects an order whose tail would miss a later landmark", () => {
    // Moving the censoring at 28 months before 6 changes the risk sets after it: the pooled 36-month landmark leaves its band.
    expect(orderBeforeLandmark(chemoArm([0, 10]), Infinity)).toEqual([]);
  });
});

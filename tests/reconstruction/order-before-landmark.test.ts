import {describe, expect, it} from "vitest";
import {readCohort} from "../../data-loaders/read-cohort.js";
import {orderBeforeLandmark, type OrderCell, type OrderModel} from "../../data-loaders/reconstruction/order-before-landmark.js";
import {REFERENCE_COHORT_DIR} from "./reference-cohort.js";

const spell = (order: {cell: number; event: boolean}[]) => order.map((s) => (s.cell === 0 ? "C" : "N") + (s.event ? "E" : "+")).join(" ");

// The reference cohort's chemoembolization arm: every TTP step up to the
// 6-month landmark, and the censoring after it that comes before the next
// progression (moving it before 6 months changes no risk set after them).
function chemoArm(): OrderModel {
  const members = readCohort(REFERENCE_COHORT_DIR).patients.filter((p) => p.arm === "chemoembolization" && p.ttp_months !== null);
  const next = Math.min(...members.filter((p) => p.ttp_event === 1 && (p.ttp_months as number) > 6).map((p) => p.ttp_months as number));
  const movable = members.filter((p) => (p.ttp_months as number) > 0 && ((p.ttp_months as number) <= 6 || (p.ttp_event === 0 && (p.ttp_months as number) < next)));
  const cell = (carcinoid: boolean, band?: [number, number]): OrderCell => {
    const mine = members.filter((p) => (p.primary_tumor === "carcinoid") === carcinoid);
    const steps = movable.filter((p) => (p.primary_tumor === "carcinoid") === carcinoid);
    const events = steps.filter((p) => p.ttp_event === 1).length;
    return {n: mine.length, zeros: mine.filter((p) => p.ttp_months === 0).length, events, censorings: steps.length - events, ...(band ? {band} : {})};
  };
  // Printed: 65% of the arm and 78% of its carcinoid patients free of progression at 6 months.
  return {cells: [cell(true, [0.775, 0.785]), cell(false)], pooledBand: [0.645, 0.655], target: 1};
}

describe("orderBeforeLandmark", () => {
  it("finds the one order of the reference chemoembolization arm's steps that takes the noncarcinoid curve to 50% before 6 months", () => {
    const model = chemoArm();
    expect(model.cells).toEqual([
      {n: 20, zeros: 2, events: 2, censorings: 3, band: [0.775, 0.785]},
      {n: 21, zeros: 3, events: 7, censorings: 2}
    ]);
    const orders = orderBeforeLandmark(model, Infinity);
    // The noncarcinoid curve ends exactly at 50% (14/21 after four progressions, then 9/12 of it after two
    // censorings and three more), so its median is the midpoint of that flat stretch and the next noncarcinoid
    // progression; the pooled curve is at 64.50%, the edge of its band.
    expect(orders.map(spell)).toEqual(["NE NE NE NE N+ N+ NE NE NE C+ C+ CE C+ CE"]);
  });

  it("finds none when the arm has one censoring fewer before the landmark", () => {
    const model = chemoArm();
    model.cells[1].censorings -= 1;
    expect(orderBeforeLandmark(model, Infinity)).toEqual([]);
  });

  it("counts a curve that does not reach 50% as no solution, and stops at the limit", () => {
    const model = chemoArm();
    expect(orderBeforeLandmark({...model, target: 0}, Infinity)).toEqual([]);
    const loose: OrderModel = {...model, cells: [{...model.cells[0], band: [0, 1]}, model.cells[1]], pooledBand: [0, 1]};
    expect(orderBeforeLandmark(loose, 3)).toHaveLength(3);
    expect(orderBeforeLandmark(loose, 4)).toHaveLength(4);
  });
});

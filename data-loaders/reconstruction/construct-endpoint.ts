// The interval skeleton of one endpoint, arm by arm (cells: carcinoid,
// noncarcinoid): the fitted landmarks and medians become plan groups, the
// planner picks events and censorings per half-interval, and each patient is
// placed in a slot (see plan-intervals.ts and place-slots.ts).
import type {PublishedNumber} from "../published/types.js";
import type {ArmCode, PatientRow} from "./cohort-types.js";
import {placeSlots, type SlotPatient} from "./place-slots.js";
import {planIntervals, type IntervalPlan, type PlanCell, type PlanGroup} from "./plan-intervals.js";
import type {Prng} from "./prng.js";
import type {TimeVariable} from "./search-times.js";

interface PlanBudget {
  attempts: number;
  nodeLimit?: number;
  branching?: number;
  pairLimit?: number;
}

// The printed grid: a few quick restarts of the greedy depth-first search.
const COARSE: PlanBudget = {attempts: 6};
// Then one search ten times longer on the same grid.
const DEEPER: PlanBudget = {attempts: 1, nodeLimit: 5000, pairLimit: 8e6};
// Last, a finer grid (the first landmark halved), whose exact plans lie deeper
// in the greedy search order, so the search goes wider.
const FINE: PlanBudget = {attempts: 2, nodeLimit: 200000, branching: 50, pairLimit: 1e6};
const carcinoid = (p: PatientRow) => p.primary_tumor === "carcinoid";

/** Landmark bands (as fractions) and median band of one arm × subgroup, from the fitted numbers. */
function planGroup(targets: PublishedNumber[], endpoint: string, arm: ArmCode, subgroup: string, cells: number[]): PlanGroup {
  // The abstract's landmarks repeat the results' or sit between them (ledger):
  // the results come first, and an abstract landmark the fit still aims at
  // (one at a time the results do not print) is planned too.
  const mine = targets.filter((n) => n.endpoint === endpoint && n.arm === arm && n.subgroup === subgroup);
  const landmarks = new Map<number, [number, number]>();
  for (const n of mine) if (n.kind === "km_landmark" && n.location !== "abstract") landmarks.set(n.timeMonths as number, [n.band[0] / 100, n.band[1] / 100]);
  for (const n of mine) if (n.kind === "km_landmark" && !landmarks.has(n.timeMonths as number)) landmarks.set(n.timeMonths as number, [n.band[0] / 100, n.band[1] / 100]);
  const median = mine.find((n) => n.kind === "km_median" && n.location !== "abstract") ?? mine.find((n) => n.kind === "km_median");
  return {cells, landmarks, ...(median ? {median: median.band} : {})};
}

/** The two cells (carcinoid, noncarcinoid) as the planner sees them on a landmark grid. */
function cellsOnGrid(members: SlotPatient[], landmarks: number[]): PlanCell[] {
  // Half-interval ends, for counting the censorings that are already fixed.
  const ends = landmarks.flatMap((t, j) => [((j === 0 ? 0 : landmarks[j - 1]) + t) / 2, t]);
  return [0, 1].map((c) => {
    const inCell = members.filter((s) => s.cell === c);
    const fixedCensored = ends.map(() => 0);
    for (const s of inCell) {
      const [time, event] = s.get();
      const half = ends.findIndex((t) => time <= t);
      if (s.kind === "fixed" && event === 0 && half >= 0) fixedCensored[half] += 1;
    }
    const fixedEvents = inCell.filter((s) => s.kind === "fixed" && s.get()[1] === 1).length;
    return {n: inCell.length, eventsAtZero: inCell.filter((s) => s.kind === "zero").length + fixedEvents, mustCensor: inCell.filter((s) => s.kind === "lost").length, fixedCensored};
  });
}

/**
 * An interval plan on the given landmark grid: the first exact one of a few
 * seeded attempts, or the last attempt. A grid finer than the printed
 * landmarks lets a cell censor a patient before its first event, which a
 * printed 6-month rate of 8 patients can require.
 */
function planOnGrid(cells: PlanCell[], groups: PlanGroup[], landmarks: number[], rng: Prng, {attempts, ...budget}: PlanBudget): IntervalPlan {
  // A few seeded restarts: the depth-first search is greedy and its budget small.
  let plan = planIntervals(cells, groups, landmarks, rng, budget);
  for (let attempt = 1; attempt < attempts && !plan.exact; ++attempt) plan = planIntervals(cells, groups, landmarks, rng, budget);
  return plan;
}

/** Plans and places one endpoint arm by arm (cells: carcinoid, noncarcinoid). */
export function constructEndpoint(endpoint: "os_embolization" | "ttp" | "tttf", patients: PatientRow[], targets: PublishedNumber[], slotPatient: (p: PatientRow, cell: number) => SlotPatient | null, horizon: number, rng: Prng): {variables: TimeVariable[]; exact: boolean} {
  const variables: TimeVariable[] = [];
  let exact = true;
  for (const arm of ["chemoembolization", "bland"] as const) {
    const members = patients.flatMap((p) => {
      const s = p.arm === arm ? slotPatient(p, carcinoid(p) ? 0 : 1) : null;
      return s ? [s] : [];
    });
    const groups = [planGroup(targets, endpoint, arm, "all", [0, 1]), planGroup(targets, endpoint, arm, "carcinoid", [0]), planGroup(targets, endpoint, arm, "noncarcinoid", [1])];
    const printed = [...new Set(groups.flatMap((g) => [...g.landmarks.keys()]))].sort((a, b) => a - b);
    const cells = cellsOnGrid(members, printed);
    const coarse = planOnGrid(cells, groups, printed, rng, COARSE);
    const deeper = coarse.exact ? coarse : planOnGrid(cells, groups, printed, rng, DEEPER);
    const finer = [printed[0] / 2, ...printed];
    const fine = deeper.exact ? deeper : planOnGrid(cellsOnGrid(members, finer), groups, finer, rng, FINE);
    const plan = fine.exact ? fine : coarse;
    if (!plan.exact) process.stderr.write(`reconstruction: ${endpoint} ${arm}: no exact interval plan\n`);
    exact &&= plan.exact;
    variables.push(...placeSlots(plan, members, 2, horizon, rng));
  }
  return {variables, exact};
}


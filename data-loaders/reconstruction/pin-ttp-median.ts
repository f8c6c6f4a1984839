// The last pass of the survival fit, for a subgroup's TTP median that falls
// before the arm's next landmark (the chemoembolization noncarcinoid median
// of 5, before the 6-month landmark), which the searches before set aside.
// The arm's steps up to the landmark, with any censorings between it and the
// following landmark, are put in an order the exact model admits
// (order-before-landmark.ts: every landmark and median of the arm stays in
// band, and the subgroup's curve reaches 50% before the landmark). Each order
// is placed on the cohort: the crossing at the time that puts the median in
// the middle of its band, the steps before it on the earliest of their
// patients' times, the steps after it a tenth apart right after it, each
// patient within the TTP their survival allows. From the placement closest
// to every printed number on, a joint anneal of the TTP and TTTF times (the
// median aimed at, misses weighing `missWeight`) wins back the log-rank P
// values the new order moved; the first that leaves fewer numbers missed than
// before is kept, and if none does every time goes back.
import type {PublishedNumber} from "../published/types.js";
import type {Flag, PatientRow} from "./cohort-types.js";
import {latestTtp} from "./latest-ttp.js";
import {orderBeforeLandmark, type CurveTargets, type OrderCell, type Ordering, type TailStep} from "./order-before-landmark.js";
import {phaseCost} from "./phase-cost.js";
import type {Prng} from "./prng.js";
import {runPhase} from "./run-phase.js";
import type {TimeVariable} from "./search-times.js";
import {tenths} from "../../src/lib/analysis/endpoints.js";

export interface PinOptions {
  /** Orders placed and costed per set of moved censorings. */
  orders: number;
  /** Placements annealed, the closest first, until one misses fewer numbers. */
  attempts: number;
  /** Iterations of each placement's anneal. */
  iterations: number;
  missWeight: number;
}

type Times = [number, Flag, number | null, Flag | null, number | null, Flag | null];

const timesOf = (patients: readonly PatientRow[]): Times[] => patients.map((p) => [p.os_months, p.os_event, p.ttp_months, p.ttp_event, p.tttf_months, p.tttf_event]);

function restore(patients: readonly PatientRow[], times: readonly Times[]): void {
  patients.forEach((p, i) => ([p.os_months, p.os_event, p.ttp_months, p.ttp_event, p.tttf_months, p.tttf_event] = times[i]));
}

const SUBGROUPS = ["carcinoid", "noncarcinoid", "all"] as const;
const cellOf = (p: PatientRow) => (p.primary_tumor === "carcinoid" ? 0 : 1);
const ttp = (p: PatientRow) => p.ttp_months as number;
const byTime = (a: PatientRow, b: PatientRow) => ttp(a) - ttp(b) || (b.ttp_event as number) - (a.ttp_event as number) || (a.id < b.id ? -1 : 1);
const STEP = 0.1;

/** Landmarks and median of each curve of the arm (carcinoid, noncarcinoid, pooled), the results' printing first. */
function curveTargets(targets: readonly PublishedNumber[], arm: string): [CurveTargets, CurveTargets, CurveTargets] {
  return SUBGROUPS.map((subgroup): CurveTargets => {
    const mine = targets.filter((t) => t.endpoint === "ttp" && t.arm === arm && t.subgroup === subgroup).sort((a, b) => Number(a.location === "abstract") - Number(b.location === "abstract"));
    const landmarks = new Map<number, [number, number]>();
    for (const t of mine) if (t.kind === "km_landmark" && !landmarks.has(t.timeMonths as number)) landmarks.set(t.timeMonths as number, [t.band[0] / 100, t.band[1] / 100]);
    const median = mine.find((t) => t.kind === "km_median")?.band;
    return {landmarks: [...landmarks], ...(median ? {median} : {})};
  }) as [CurveTargets, CurveTargets, CurveTargets];
}

/** Every subset of `values`, smallest first. */
const subsets = <T>(values: readonly T[]): T[][] =>
  Array.from({length: 1 << values.length}, (_, m) => values.filter((_, i) => (m >> i) & 1)).sort((a, b) => a.length - b.length);

/**
 * Puts the movable patients on the ordering; false (times unchanged) when
 * they do not fit. `window` is where the crossing progression must fall for
 * the median to be in band.
 */
function place(order: Ordering, movable: readonly PatientRow[], window: [number, number], landmark: number): boolean {
  // Earliest slot to the patient who must progress or be last imaged soonest.
  const queues = [0, 1].map((c) => [true, false].map((event) => movable.filter((p) => cellOf(p) === c && (p.ttp_event === 1) === event).sort((a, b) => latestTtp(a) - latestTtp(b) || byTime(a, b))));
  const taken = [0, 1].map(() => [0, 0]);
  const who = order.steps.map((s) => queues[s.cell][s.event ? 0 : 1][taken[s.cell][s.event ? 0 : 1]++]);
  const n = movable.length;
  const k = order.crossing;
  const times = new Array<number>(n);
  times[k] = tenths(Math.min((window[0] + window[1]) / 2, landmark, latestTtp(who[k])));
  const earliest = who.slice(0, k).map(ttp).sort((a, b) => a - b);
  for (let i = 0; i < k; ++i) earliest[i] = tenths(Math.max(earliest[i], i === 0 ? STEP : earliest[i - 1] + STEP));
  for (let i = k - 1; i >= 0; --i) times[i] = tenths(Math.min(earliest[i], times[i + 1] - STEP, latestTtp(who[i])));
  for (let i = k + 1; i < n; ++i) times[i] = tenths(times[i - 1] + STEP);
  for (let i = n - 1; i > k; --i) times[i] = tenths(Math.min(times[i], landmark, latestTtp(who[i]), i + 1 < n ? times[i + 1] - STEP : landmark));
  if (times[0] < STEP || times.some((t, i) => i > 0 && t <= times[i - 1]) || times[k] < window[0] || times[k] >= window[1]) return false;
  who.forEach((p, i) => {
    p.ttp_months = times[i];
    if (p.ttp_event === 0) [p.tttf_months, p.tttf_event] = [times[i], 0];
    else p.tttf_months = Math.max(p.tttf_months as number, times[i]);
  });
  return true;
}

export function pinTtpMedian(patients: readonly PatientRow[], targets: readonly PublishedNumber[], median: PublishedNumber, variables: TimeVariable[], rng: Prng, {orders: perSet, attempts, iterations, missWeight}: PinOptions): void {
  const aimed = [...targets, median];
  const cost = phaseCost(patients, aimed, 0);
  const before = cost.missed();
  if (!before.includes(median)) return;
  const arm = median.arm;
  const curves = curveTargets(targets, arm);
  const landmarks = [...new Set(curves.flatMap((c) => c.landmarks.map(([t]) => t)))].sort((a, b) => a - b);
  const landmark = landmarks.find((t) => t >= median.band[1]);
  if (landmark === undefined) return;
  const following = landmarks.find((t) => t > landmark) ?? Infinity;
  const target = median.subgroup === "carcinoid" ? 0 : 1;
  const members = patients.filter((p) => p.arm === arm && p.ttp_months !== null);
  const beforeLandmark = members.filter((p) => ttp(p) > 0 && ttp(p) <= landmark);
  const after = members.filter((p) => ttp(p) > landmark).sort(byTime);
  // Censorings up to the following landmark may move before this one; the model checks what that does to the curves after it.
  const mobile = after.filter((p) => p.ttp_event === 0 && ttp(p) < following);
  const start = timesOf(patients);
  const placed: {total: number; times: Times[]}[] = [];
  for (const moved of subsets(mobile)) {
    const movable = [...beforeLandmark, ...moved].sort(byTime);
    const tail: TailStep[] = after.filter((p) => !moved.includes(p)).map((p) => ({cell: cellOf(p), event: p.ttp_event === 1, time: ttp(p)}));
    const cells = [0, 1].map((c): OrderCell => {
      const mine = movable.filter((p) => cellOf(p) === c);
      const events = mine.filter((p) => p.ttp_event === 1).length;
      return {n: members.filter((p) => cellOf(p) === c).length, zeros: members.filter((p) => cellOf(p) === c && ttp(p) === 0).length, events, censorings: mine.length - events};
    }) as [OrderCell, OrderCell];
    const nextTarget = tail.find((s) => s.cell === target && s.event)?.time ?? Infinity;
    const [lo, hi] = median.band;
    for (const order of orderBeforeLandmark({cells, landmark, tail, curves, target}, perSet)) {
      const window: [number, number] = order.flat ? [2 * lo - nextTarget, 2 * hi - nextTarget] : [lo, hi];
      if (place(order, movable, window, landmark)) placed.push({total: cost(), times: timesOf(patients)});
      restore(patients, start);
    }
  }
  // The closest placements first (sort is stable, so ties keep the enumeration's order).
  placed.sort((a, b) => a.total - b.total);
  for (const {times} of placed.slice(0, attempts)) {
    restore(patients, times);
    runPhase(patients as PatientRow[], aimed, variables, rng, iterations, {missWeight, spread: false});
    if (cost.missed().length < before.length) return;
  }
  restore(patients, start);
}

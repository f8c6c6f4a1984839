// A last pass of the survival fit for a pooled TTP median that falls just
// after a printed landmark (the bland median of 6, in [5.5, 6.5), after the
// 6-month landmark), which the searches before set aside. Every order the
// exact model admits (cross-after-landmark.ts: the pooled curve below 50%
// before the band ends, no subgroup curve below 50%) is placed on the cohort:
// its steps a tenth apart right after the landmark, each from the cell's
// patients after the landmark who are soonest in time, each within the TTP
// its survival allows; a censored TTP carries its TTTF with it, a
// progression's TTTF stays at or after it. From the placement closest to
// every printed number on, a joint anneal of the TTP and TTTF times (the
// median aimed at, misses weighing `missWeight`) wins back the numbers the
// new order moved (the TTTF curve, the log-rank P values). The arm's TTPs up
// to the crossing hold the order, and its TTTFs that end by the landmark
// hold the TTTF landmark there (the arm's TTP and TTTF curves share their
// steps up to 6 months). Each attempt anneals on a stream of its own
// (`streamOf(attempt)`, derived from the seed), so its luck does not hang on
// how many draws the passes before made; the first that leaves fewer numbers
// missed than before is kept, and if none does every time goes back.
import type {PublishedNumber} from "../published/types.js";
import type {Flag, PatientRow} from "./cohort-types.js";
import {crossAfterLandmark, type CheckpointCell} from "./cross-after-landmark.js";
import {latestTtp} from "./latest-ttp.js";
import type {OrderStep} from "./order-before-landmark.js";
import {phaseCost} from "./phase-cost.js";
import type {Prng} from "./prng.js";
import {runPhase} from "./run-phase.js";
import type {TimeVariable} from "./search-times.js";
import {tenths} from "../../src/lib/analysis/endpoints.js";

export interface PooledPinOptions {
  /** Anneals, each from a placement (the closest first, in turn), until one misses fewer numbers. */
  attempts: number;
  /** Iterations of each placement's anneal. */
  iterations: number;
  missWeight: number;
}

type Times = [number | null, Flag | null, number | null, Flag | null];

const timesOf = (patients: readonly PatientRow[]): Times[] => patients.map((p) => [p.ttp_months, p.ttp_event, p.tttf_months, p.tttf_event]);

function restore(patients: readonly PatientRow[], times: readonly Times[]): void {
  patients.forEach((p, i) => ([p.ttp_months, p.ttp_event, p.tttf_months, p.tttf_event] = times[i]));
}

const cellOf = (p: PatientRow) => (p.primary_tumor === "carcinoid" ? 0 : 1);
const ttp = (p: PatientRow) => p.ttp_months as number;
const byTime = (a: PatientRow, b: PatientRow) => ttp(a) - ttp(b) || (b.ttp_event as number) - (a.ttp_event as number) || (a.id < b.id ? -1 : 1);
const STEP = 0.1;

/** At risk just after `landmark` and the Kaplan-Meier value there, of `members`. */
function atLandmark(members: readonly PatientRow[], landmark: number): [number, number] {
  let atRisk = members.length;
  let survival = 1;
  for (const p of [...members].sort(byTime)) {
    if (ttp(p) > landmark) break;
    if (p.ttp_event === 1) survival *= (atRisk - 1) / atRisk;
    atRisk -= 1;
  }
  return [atRisk, survival];
}

/** Puts the order's steps a tenth apart after the landmark; false (times unchanged) when a patient's survival does not allow it. */
function place(order: readonly OrderStep[], after: readonly PatientRow[], landmark: number): boolean {
  const queues = [0, 1].map((c) => [true, false].map((event) => after.filter((p) => cellOf(p) === c && (p.ttp_event === 1) === event)));
  const taken = [0, 1].map(() => [0, 0]);
  const who = order.map((s) => queues[s.cell][s.event ? 0 : 1][taken[s.cell][s.event ? 0 : 1]++]);
  const times = order.map((_, i) => tenths(landmark + STEP * (i + 1)));
  if (who.some((p, i) => latestTtp(p) < times[i])) return false;
  who.forEach((p, i) => {
    p.ttp_months = times[i];
    if (p.ttp_event === 0) [p.tttf_months, p.tttf_event] = [times[i], 0];
    else p.tttf_months = Math.max(p.tttf_months as number, times[i]);
  });
  return true;
}

export function pinPooledMedian(patients: readonly PatientRow[], targets: readonly PublishedNumber[], median: PublishedNumber, variablesOf: (patients: readonly PatientRow[]) => TimeVariable[], streamOf: (attempt: number) => Prng, {attempts, iterations, missWeight}: PooledPinOptions): void {
  const aimed = [...targets, median];
  const cost = phaseCost(patients, aimed, 0);
  const before = cost.missed();
  if (!before.includes(median)) return;
  const landmark = Math.max(...targets.filter((t) => t.endpoint === "ttp" && t.arm === median.arm && t.kind === "km_landmark" && (t.timeMonths as number) < median.band[1]).map((t) => t.timeMonths as number));
  if (!(landmark >= median.band[0])) return;
  const members = patients.filter((p) => p.arm === median.arm && p.ttp_months !== null);
  const after = members.filter((p) => ttp(p) > landmark).sort(byTime);
  const cells = [0, 1].map((c): CheckpointCell => {
    const [atRisk, survival] = atLandmark(members.filter((p) => cellOf(p) === c), landmark);
    const mine = after.filter((p) => cellOf(p) === c);
    const events = mine.filter((p) => p.ttp_event === 1).length;
    return {atRisk, survival, events, censorings: mine.length - events};
  }) as [CheckpointCell, CheckpointCell];
  // Slots on the tenths grid strictly inside the band's end.
  const slots = Math.ceil(Math.round(((median.band[1] - landmark) / STEP) * 1e6) / 1e6) - 1;
  const start = timesOf(patients);
  const placed: {total: number; times: Times[]; crossing: number}[] = [];
  for (const order of crossAfterLandmark({cells, pooled: atLandmark(members, landmark)[1], slots})) {
    if (place(order, after, landmark)) placed.push({total: cost(), times: timesOf(patients), crossing: tenths(landmark + STEP * order.length)});
    restore(patients, start);
  }
  // The closest placements first (sort is stable, so ties keep the enumeration's order).
  placed.sort((a, b) => a.total - b.total);
  // With fewer placements than attempts, the closest are annealed again on further random streams.
  const runs = placed.length > 0 ? attempts : 0;
  for (let i = 0; i < runs; ++i) {
    const {times, crossing} = placed[i % placed.length];
    restore(patients, times);
    const held = new Set(members.filter((p) => ttp(p) <= crossing));
    const variables = patients.flatMap((p) => variablesOf([p]).filter((v) => !(held.has(p) && v.swap?.startsWith("ttp ")) && !(members.includes(p) && v.swap?.startsWith("tttf ") && (p.tttf_months as number) <= landmark)));
    runPhase(patients as PatientRow[], aimed, variables, streamOf(i), iterations, {missWeight, spread: false});
    if (cost.missed().length < before.length) return;
  }
  restore(patients, start);
}

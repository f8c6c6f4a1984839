// The cost of a search phase's state: the sum over its targets of each one's
// penalty. A move changes one or two patients' times, so most targets keep
// their value; each call re-evaluates only the targets that read a survival
// endpoint whose time or event changed for a patient they cover (and those
// that may read anything, whenever anything changed). Changed since when: the
// last state costed, or the one before it, whichever is closer. A search that
// rejects a move undoes it and tries another, so the state before the rejected
// one is a single move away, and the rejected move is not costed twice.
// Penalties are summed in target order every time, so the total is the same
// number a full re-evaluation gives, bit for bit. Given a limit (the search's
// acceptance rule sets one), the re-evaluation stops as soon as the penalties
// so far exceed it, and that state is forgotten.
import type {PublishedNumber} from "../published/types.js";
import {createEvaluator} from "../fidelity/evaluate-number.js";
import {inGroup} from "../fidelity/survival-endpoints.js";
import type {FitCache} from "../fidelity/survival-statistics.js";
import type {Flag, PatientRow} from "./cohort-types.js";
import {targetPenalty} from "./target-penalty.js";
import {ENDPOINTS, type EndpointId} from "../../src/lib/analysis/endpoints.js";

const ENDPOINT_IDS = Object.keys(ENDPOINTS) as EndpointId[];

/** The columns a search moves, the only ones a cost watches: every endpoint's time and event is read from them and from columns no search changes. */
const COLUMNS = 8;

// Baseline means describe every patient and are cheap to keep in band, so a
// miss costs more than a miss of one curve statistic.
const weight = (n: PublishedNumber): number => (n.kind === "mean" ? 4 : 1);

// Spelled out field by field: a loop over the endpoints' accessors would be
// one call site seeing five functions, and the snapshot runs on every move.
/** Writes every patient's moving columns into `values` (-1 for none). */
function snapshot(patients: readonly PatientRow[], values: Float64Array): void {
  for (let i = 0, c = 0; i < patients.length; ++i, c += COLUMNS) {
    const p = patients[i];
    values[c] = p.os_months;
    values[c + 1] = p.os_event;
    values[c + 2] = p.ttp_months ?? -1;
    values[c + 3] = p.ttp_event ?? -1;
    values[c + 4] = p.tttf_months ?? -1;
    values[c + 5] = p.tttf_event ?? -1;
    values[c + 6] = p.months_diagnosis_to_liver_metastases;
    values[c + 7] = p.months_liver_metastases_to_embolization;
  }
}

const nullable = (v: number): number | null => (v === -1 ? null : v);

/** A patient as a snapshot holds them, for reading their endpoints in that state. */
function asOf(p: PatientRow, values: Float64Array, c: number): PatientRow {
  return {
    ...p,
    os_months: values[c],
    os_event: values[c + 1] as Flag,
    ttp_months: nullable(values[c + 2]),
    ttp_event: nullable(values[c + 3]) as Flag | null,
    tttf_months: nullable(values[c + 4]),
    tttf_event: nullable(values[c + 5]) as Flag | null,
    months_diagnosis_to_liver_metastases: values[c + 6],
    months_liver_metastases_to_embolization: values[c + 7]
  };
}

/** The patients whose columns differ between a snapshot and the current one, `now`. */
function changedPatients(before: Float64Array, now: Float64Array): number[] {
  const changed: number[] = [];
  for (let c = 0; c < now.length; c += COLUMNS) {
    for (let j = c; j < c + COLUMNS; ++j) {
      if (before[j] === now[j]) continue;
      changed.push(c / COLUMNS);
      break;
    }
  }
  return changed;
}

/** Each (patient, endpoint) among `changed` whose time or event differs between a snapshot and the patients as they are. */
function movedEndpoints(patients: readonly PatientRow[], before: Float64Array, changed: readonly number[]): [patient: number, endpoint: EndpointId][] {
  const moved: [number, EndpointId][] = [];
  for (const i of changed) {
    const [was, is] = [asOf(patients[i], before, i * COLUMNS), patients[i]];
    for (const id of ENDPOINT_IDS) {
      const {time, event} = ENDPOINTS[id];
      if (time(was) !== time(is) || event(was) !== event(is)) moved.push([i, id]);
    }
  }
  return moved;
}

/** A costed state: its columns, each target's cost and their sum. */
interface Costed {
  values: Float64Array;
  costs: Float64Array;
  total: number;
}

/**
 * The cost of the current state. Given a `limit`, it may stop as soon as the
 * cost is sure to exceed it and return a lower bound above `limit` instead
 * (a search rejects such a move whatever its exact cost); otherwise it
 * returns the cost itself.
 */
export type PhaseCost = ((limit?: number) => number) & {
  /** The targets outside their band in the current state. */
  missed(): PublishedNumber[];
};

// A bound summed in another order than the total may exceed it by rounding;
// stopping only when it exceeds the limit by more keeps the bound's verdict exact.
const ROUNDING = 1e-12;
const surelyAbove = (bound: number, limit: number): boolean => bound - limit > ROUNDING * bound;

/** `missWeight` is added to each missed target's penalty. */
export function phaseCost(patients: readonly PatientRow[], targets: readonly PublishedNumber[], missWeight: number): PhaseCost {
  const cache: FitCache = new Map();
  const evaluate = createEvaluator({patients: patients as PatientRow[], procedures: []}, cache);
  // Which targets read each (endpoint, patient), and which may read anything.
  const readers = new Map(ENDPOINT_IDS.map((id) => [id, patients.map((): number[] => [])]));
  const readsAnything: number[] = [];
  targets.forEach((n, i) => {
    const reads = evaluate.reads(n);
    if (!reads) return void readsAnything.push(i);
    for (const r of reads) patients.forEach((p, j) => inGroup(p, r.arm, r.subgroup) && (readers.get(r.endpoint) as number[][])[j].push(i));
  });
  const costed = (): Costed => ({values: new Float64Array(patients.length * COLUMNS), costs: new Float64Array(targets.length), total: 0});
  // The last state costed, the one before it, and a spare whose buffers the next costing fills.
  let latest: Costed | null = null;
  let earlier: Costed | null = null;
  let spare = costed();
  const stale = new Uint8Array(targets.length);
  const cost = (limit = Infinity): number => {
    const now = spare;
    snapshot(patients, now.values);
    let base: Costed | null = null;
    let changed: number[] | null = null;
    if (latest) {
      [base, changed] = [latest, changedPatients(latest.values, now.values)];
      if (changed.length === 0) return latest.total;
      const fromEarlier = earlier && changedPatients(earlier.values, now.values);
      if (earlier && fromEarlier && fromEarlier.length < changed.length) {
        if (fromEarlier.length === 0) {
          [latest, earlier] = [earlier, latest];
          return latest.total;
        }
        [base, changed] = [earlier, fromEarlier];
      }
    }
    stale.fill(base ? 0 : 1);
    if (base && changed) {
      for (const [p, endpoint] of movedEndpoints(patients, base.values, changed)) for (const i of (readers.get(endpoint) as number[][])[p]) stale[i] = 1;
      for (const i of readsAnything) stale[i] = 1;
    }
    // The costs kept from the base, then each re-evaluated one: a lower bound of the total as it grows.
    let bound = 0;
    if (base) for (let i = 0; i < targets.length; ++i) if (!stale[i]) bound += now.costs[i] = base.costs[i];
    if (surelyAbove(bound, limit)) return bound;
    evaluate.refresh();
    for (let i = 0; i < targets.length; ++i) {
      if (!stale[i]) continue;
      const n = targets[i];
      const e = evaluate(n);
      const penalty = e.evaluable ? targetPenalty(e.value, n) : 0;
      bound += now.costs[i] = weight(n) * (penalty + (penalty > 0 ? missWeight : 0));
      if (surelyAbove(bound, limit)) return bound;
    }
    now.total = 0;
    for (let i = 0; i < targets.length; ++i) now.total += now.costs[i];
    spare = base === latest ? (earlier ?? costed()) : (latest as Costed);
    [latest, earlier] = [now, base];
    return now.total;
  };
  return Object.assign(cost, {
    missed(): PublishedNumber[] {
      cost();
      const {costs} = latest as Costed;
      return targets.filter((_, i) => costs[i] > 0);
    }
  });
}

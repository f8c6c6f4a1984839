// Turns an interval plan into one time variable per patient: each planned
// event or censoring becomes a slot (a time range and a fixed indicator), and
// each patient takes a slot his or her upper bound allows. Events fall
// anywhere in their half-interval and censorings at its end, which is the
// ordering the plan's arithmetic assumes (a censoring tied with an event
// counts as after it); the search's wide moves may later spread censorings
// where that changes nothing printed. After the last landmark the slots are
// open (any time up to the horizon, event or not).
import type {IntervalPlan} from "./plan-intervals.js";
import type {Prng} from "./prng.js";
import type {TimeVariable} from "./search-times.js";
import {tenths} from "../../src/lib/analysis/endpoints.js";

export interface SlotPatient {
  cell: number;
  /** zero: event at time 0; fixed: time and event already set (not placed); lost: must be censored; event: must be an event. */
  kind: "zero" | "fixed" | "lost" | "event" | "free";
  /** Largest time the patient can have (e.g. TTP cannot exceed survival). */
  maxTime: number;
  /** Smallest time the patient can have (e.g. survival of a patient assessed at 1 month). */
  minTime: number;
  get(): [number, number];
  set(time: number, event: number): void;
}

interface Slot {
  lo: number;
  hi: number;
  event?: number;
}

export function placeSlots(plan: IntervalPlan, patients: SlotPatient[], cells: number, horizon: number, rng: Prng): TimeVariable[] {
  const variables: TimeVariable[] = [];
  const last = plan.times[plan.times.length - 1];
  for (let cell = 0; cell < cells; ++cell) {
    const members = patients.filter((p) => p.cell === cell);
    const slots: Slot[] = [];
    plan.times.forEach((t, k) => {
      const a = k === 0 ? 0.5 : plan.times[k - 1];
      for (let i = 0; i < plan.events[k][cell]; ++i) slots.push({lo: tenths(a + 0.1), hi: t, event: 1});
      for (let i = 0; i < plan.censored[k][cell]; ++i) slots.push({lo: t, hi: t, event: 0});
    });
    const zero = members.filter((p) => p.kind === "zero");
    for (const p of zero) p.set(0, 1);
    const fixed = members.filter((p) => p.kind === "fixed").length;
    const open = members.length - zero.length - fixed - slots.length;
    for (let i = 0; i < open; ++i) slots.push({lo: tenths(last + 0.1), hi: horizon});
    // Lost patients take the earliest censorings; then patients who must die
    // take event slots and the rest the remaining slots, earliest slot first,
    // each to the eligible patient whose window closes soonest (earliest
    // deadline first, which places everyone whenever any placement can).
    const assignment = new Map<SlotPatient, Slot>();
    let remaining = rng.shuffle(slots);
    const take = (p: SlotPatient, slot: Slot) => {
      assignment.set(p, slot);
      remaining = remaining.filter((s) => s !== slot);
    };
    for (const p of members.filter((m) => m.kind === "lost")) {
      const censor = remaining.filter((s) => s.event === 0).sort((x, y) => x.hi - y.hi)[0];
      take(p, censor ?? remaining.filter((s) => s.event === undefined)[0] ?? remaining[0]);
    }
    for (const kind of ["event", "free"] as const) {
      const waiting = rng.shuffle(members.filter((m) => m.kind === kind));
      const usable = remaining.filter((s) => kind !== "event" || s.event === 1).sort((x, y) => x.hi - y.hi || x.lo - y.lo);
      for (const slot of usable) {
        const eligible = waiting.filter((p) => !assignment.has(p) && p.minTime <= slot.hi && p.maxTime >= slot.lo);
        if (eligible.length === 0) continue;
        take(eligible.reduce((a, b) => (b.maxTime < a.maxTime ? b : a)), slot);
      }
      for (const p of waiting) if (!assignment.has(p)) take(p, remaining.find((s) => kind !== "event" || s.event !== 0) ?? remaining[0]);
    }
    for (const [p, slot] of assignment) {
      // Bounds win over the slot: a patient is never given an impossible time.
      const lo = Math.min(Math.max(slot.lo, p.minTime), p.maxTime);
      const hi = Math.max(lo, Math.min(slot.hi, p.maxTime));
      const kindEvent = p.kind === "event" ? 1 : p.kind === "lost" ? 0 : undefined;
      const fixedEvent = kindEvent ?? slot.event;
      p.set(tenths(lo + rng.next() * (hi - lo)), fixedEvent ?? (rng.next() < 0.3 ? 1 : 0));
      // The search may also move the patient anywhere within his or her bounds, outside the slot.
      const wide = {lo: p.minTime, hi: p.maxTime, ...(kindEvent === undefined ? {} : {fixedEvent: kindEvent})};
      variables.push({lo, hi, ...(fixedEvent === undefined ? {} : {fixedEvent}), wide, get: p.get, set: p.set});
    }
  }
  return variables;
}

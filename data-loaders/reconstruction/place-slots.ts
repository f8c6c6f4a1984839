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

const round1 = (x: number): number => Math.round(x * 10) / 10;

export interface SlotPatient {
  cell: number;
  /** zero: event at time 0; fixed: time and event already set (not placed); lost: must be censored; event: must be an event. */
  kind: "zero" | "fixed" | "lost" | "event" | "free";
  /** Largest time the patient can have (e.g. TTP cannot exceed survival). */
  maxTime: number;
  /** Smallest time the patient can have (e.g. survival of a patient assessed at 1 month). */
  minTime: number;
  /** Range the search may move the patient to outside the slot. */
  wide: {lo: number; hi: number; fixedEvent?: number};
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
      for (let i = 0; i < plan.events[k][cell]; ++i) slots.push({lo: round1(a + 0.1), hi: t, event: 1});
      for (let i = 0; i < plan.censored[k][cell]; ++i) slots.push({lo: t, hi: t, event: 0});
    });
    const zero = members.filter((p) => p.kind === "zero");
    for (const p of zero) p.set(0, 1);
    const fixed = members.filter((p) => p.kind === "fixed").length;
    const open = members.length - zero.length - fixed - slots.length;
    for (let i = 0; i < open; ++i) slots.push({lo: round1(last + 0.1), hi: horizon});
    // Lost patients take the earliest censorings and patients who must die take
    // event slots; then the rest, those with the least room first, each a
    // random slot it can reach.
    const rank = {lost: 0, event: 1, free: 2, zero: 3, fixed: 3};
    const pending = rng.shuffle(members.filter((p) => p.kind !== "zero" && p.kind !== "fixed"));
    pending.sort((x, y) => rank[x.kind] - rank[y.kind] || x.maxTime - y.maxTime);
    const remaining = rng.shuffle(slots);
    for (const p of pending) {
      const fits = (s: Slot) => (p.kind === "lost" ? s.event === 0 : s.lo <= p.maxTime && s.hi >= p.minTime && (p.kind !== "event" || s.event === 1));
      let index = p.kind === "lost" ? remaining.reduce((best, s, i) => (s.event === 0 && (best < 0 || s.hi < remaining[best].hi) ? i : best), -1) : remaining.findIndex(fits);
      if (index < 0) index = remaining.findIndex((s) => p.kind !== "event" || s.event !== 0);
      if (index < 0) index = 0;
      const [slot] = remaining.splice(index, 1);
      // Bounds win over the slot: a patient is never given an impossible time.
      const lo = Math.min(Math.max(slot.lo, p.minTime), p.maxTime);
      const hi = Math.max(lo, Math.min(slot.hi, p.maxTime));
      const fixedEvent = (p.kind === "event" ? 1 : p.kind === "lost" ? 0 : undefined) ?? slot.event;
      p.set(round1(lo + rng.next() * (hi - lo)), fixedEvent ?? (rng.next() < 0.3 ? 1 : 0));
      variables.push({lo, hi, ...(fixedEvent === undefined ? {} : {fixedEvent}), wide: p.wide, get: p.get, set: p.set});
    }
  }
  return variables;
}

// Seeded local search over event and censoring times. Each variable is one
// patient's (time, event) pair with bounds; a move changes one time (a small
// or large step, or a fresh draw) or flips one free event, and is kept when it
// does not raise the cost, or by chance while the temperature is high
// (simulated annealing). The iteration budget is fixed, never timed, so the
// result depends on the seed alone.
import {group} from "d3";
import type {Prng} from "./prng.js";
import {tenths} from "../../src/lib/analysis/endpoints.js";

export interface TimeVariable {
  get(): [number, number];
  set(time: number, event: number): void;
  lo: number;
  hi: number;
  /** Event indicator the move may not change (deaths, progression at 1 month). */
  fixedEvent?: number;
  /**
   * A wider range the variable may also jump to (with its own event rule), so
   * the search can leave the skeleton it started from when that pays.
   */
  wide?: {lo: number; hi: number; fixedEvent?: number};
  /**
   * Variables of one pool may also trade time (one up, another down by as
   * much), which keeps their sum, e.g. a printed mean, while their spread moves.
   */
  pool?: string;
  /**
   * Variables of one swap group may also exchange their (time, event) pairs,
   * e.g. two patients' deaths: a curve that pools them stays as it is while
   * the curves of their subgroups move.
   */
  swap?: string;
}

const TRANSFER_SHARE = 0.3;

const WIDE_SHARE = 0.2;

const SWAP_SHARE = 0.3;

const admits = (v: TimeVariable, [time, event]: [number, number]): boolean => time >= v.lo && time <= v.hi && (v.fixedEvent === undefined || v.fixedEvent === event);

export interface SearchOptions {
  iterations: number;
  /** Starting temperature, in cost units; decays geometrically to 1% of it. */
  temperature?: number;
}

// A candidate is costed only as far as the acceptance rule needs: a
// `cost(limit)` may stop once the cost is sure to exceed `limit`. This margin
// on the log scale keeps a stopped costing's rejection the one the full cost
// would give, whatever the rounding.
const LOG_MARGIN = 1e-6;

/**
 * Anneals `variables` and leaves them at the best state found; returns its
 * cost. `cost(limit)` returns the state's cost, or any number above `limit`
 * once the cost is sure to exceed it (a plain `() => number` will do).
 */
export function searchTimes(variables: readonly TimeVariable[], cost: (limit?: number) => number, rng: Prng, {iterations, temperature = 0.3}: SearchOptions): number {
  let current = cost();
  let best = current;
  let bestState = variables.map((v) => v.get());
  const decay = Math.pow(0.01, 1 / Math.max(1, iterations));
  let t = temperature;
  const pools = group(variables.filter((v) => v.pool), (v) => v.pool);
  const swaps = group(variables.filter((v) => v.swap), (v) => v.swap);
  /**
   * The Metropolis rule: the candidate's cost when it is accepted, else null.
   * Once the candidate costs more than the current state, no candidate above
   * `reach` can pass the random draw, so costing stops there; below it the
   * cost is exact.
   */
  const accepted = (): number | null => {
    const candidate = cost(current);
    if (candidate <= current) return candidate;
    const u = rng.next();
    const reach = current - t * (Math.log(u) - LOG_MARGIN);
    const costed = cost(reach);
    return u < Math.exp((current - costed) / t) ? costed : null;
  };
  const record = (candidate: number) => {
    current = candidate;
    if (current < best) {
      best = current;
      bestState = variables.map((x) => x.get());
    }
  };
  /** Applies one random move of v; returns how to undo it, or null when it changes nothing. */
  const propose = (v: TimeVariable): (() => void) | null => {
    if (v.swap && rng.next() < SWAP_SHARE) {
      const partners = swaps.get(v.swap) as TimeVariable[];
      const u = partners[rng.int(partners.length)];
      const [a, b] = [v.get(), u.get()];
      if (u === v || (a[0] === b[0] && a[1] === b[1]) || !admits(v, b) || !admits(u, a)) return null;
      v.set(...b);
      u.set(...a);
      return () => {
        u.set(...b);
        v.set(...a);
      };
    }
    if (v.pool && rng.next() < TRANSFER_SHARE) {
      const pool = pools.get(v.pool) as TimeVariable[];
      const u = pool[rng.int(pool.length)];
      const [tv, ev] = v.get();
      const [tu, eu] = u.get();
      const delta = tenths(rng.normal() * [1, 6, 20][rng.int(3)]);
      if (u === v || delta === 0 || !admits(v, [tv + delta, ev]) || !admits(u, [tu - delta, eu])) return null;
      v.set(tenths(tv + delta), ev);
      u.set(tenths(tu - delta), eu);
      return () => {
        v.set(tv, ev);
        u.set(tu, eu);
      };
    }
    const range = v.wide && rng.next() < WIDE_SHARE ? v.wide : v;
    const [time, event] = v.get();
    const r = rng.next();
    let nextTime = time;
    let nextEvent = event;
    if (r < 0.15 && range.fixedEvent === undefined) nextEvent = 1 - event;
    else if (r < 0.35) nextTime = range.lo + rng.next() * (range.hi - range.lo);
    else nextTime = time + rng.normal() * [0.3, 1.5, 6, 20][rng.int(4)];
    nextTime = tenths(Math.min(range.hi, Math.max(range.lo, nextTime)));
    if (range.fixedEvent !== undefined) nextEvent = range.fixedEvent;
    if (nextTime === time && nextEvent === event) return null;
    v.set(nextTime, nextEvent);
    return () => v.set(time, event);
  };
  for (let it = 0; it < iterations && best > 0; ++it, t *= decay) {
    const undo = propose(variables[rng.int(variables.length)]);
    if (!undo) continue;
    const candidate = accepted();
    if (candidate === null) undo();
    else record(candidate);
  }
  variables.forEach((v, i) => v.set(...bestState[i]));
  return best;
}

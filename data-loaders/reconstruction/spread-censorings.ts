// A last pass over censorings that share a time (the interval skeleton puts
// them at half-interval ends): each is nudged by up to a few months, kept only
// if the cost does not rise, so Kaplan-Meier plots do not show stacks of
// censoring marks at round numbers while every printed number stays as fitted.
import type {Prng} from "./prng.js";
import type {TimeVariable} from "./search-times.js";
import {tenths} from "../../src/lib/analysis/endpoints.js";

const ATTEMPTS = 4;

export function spreadCensorings(variables: readonly TimeVariable[], cost: () => number, rng: Prng): number {
  let current = cost();
  const count = new Map<number, number>();
  for (const v of variables) {
    const [time, event] = v.get();
    if (event === 0) count.set(time, (count.get(time) ?? 0) + 1);
  }
  for (const v of variables) {
    const [time, event] = v.get();
    if (event !== 0 || (count.get(time) ?? 0) < 2) continue;
    const range = v.wide ?? v;
    for (let attempt = 0; attempt < ATTEMPTS; ++attempt) {
      const next = tenths(Math.min(range.hi, Math.max(range.lo, time + (rng.next() * 2 - 1) * 3)));
      if (next === time) continue;
      v.set(next, event);
      const candidate = cost();
      if (candidate <= current) {
        current = candidate;
        count.set(time, (count.get(time) ?? 1) - 1);
        break;
      }
      v.set(time, event);
    }
  }
  return current;
}

import {ratioInBand} from "./in-band.js";

export interface KmConfiguration {
  /** Events and censorings before the landmark, in order: [events, censored] per block. */
  blocks: [number, number][];
  /** Survival at the landmark as an unreduced fraction. */
  numerator: number;
  denominator: number;
}

export interface KmReachability {
  n: number;
  printed: number;
  /** Smallest number of censorings before the landmark that lets the Kaplan–Meier value print as `printed`; null if more than maxCensored are needed. */
  minCensored: number | null;
  example: KmConfiguration | null;
}

/**
 * Can a Kaplan–Meier estimate from n subjects print as `printed` percent at a
 * landmark? Before the landmark, events come in blocks separated by
 * censorings; a block of e events among r at risk multiplies the estimate by
 * (r − e)/r however the events are spread in time, so the estimate depends
 * only on the block sizes. Censorings after the last event before the
 * landmark do not change it. Searches 0, 1, …, maxCensored censorings in
 * turn and stops at the first that reaches the band, so the answer is the
 * minimum. The search is exact in integers and covers every configuration
 * with at most maxCensored censorings (≤ 3 keeps it to a few million steps
 * for n = 44).
 */
export function kmReachable(n: number, printed: number, maxCensored = 3, decimals = 0): KmReachability {
  for (let budget = 0; budget <= maxCensored; ++budget) {
    const example = search(n, 1, 1, budget, [], printed, decimals);
    if (example) return {n, printed, minCensored: budget, example};
  }
  return {n, printed, minCensored: null, example: null};
}

function search(r: number, num: number, den: number, budget: number, blocks: [number, number][], printed: number, decimals: number): KmConfiguration | null {
  // After a censoring the next block needs an event, or the two blocks merge.
  for (let e = blocks.length === 0 ? 0 : 1; e <= r; ++e) {
    const nextNum = num * (r - e);
    const nextDen = den * r;
    if (ratioInBand(nextNum, nextDen, printed, decimals)) return {blocks: [...blocks, [e, 0]], numerator: nextNum, denominator: nextDen};
    // A censoring only matters if someone is left to have a later event.
    for (let c = 1; c <= budget && r - e - c >= 1; ++c) {
      const g = gcd(nextNum, nextDen);
      const found = search(r - e - c, nextNum / g, nextDen / g, budget - c, [...blocks, [e, c]], printed, decimals);
      if (found) return found;
    }
  }
  return null;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

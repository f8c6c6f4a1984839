import {countsInBand} from "./in-band.js";

export interface CategoryCounts {
  n: number;
  counts: number[];
}

/**
 * Denominators n ≤ nMax and integer splits of n into categories whose shares
 * print as the given percentages (e.g. regression / stabilization / progression
 * adding to all evaluable patients).
 */
export function categoryCounts(printed: number[], nMax: number, nMin = 1): CategoryCounts[] {
  const out: CategoryCounts[] = [];
  for (let n = nMin; n <= nMax; ++n) {
    const options = printed.map((p) => countsInBand(n, p));
    const walk = (j: number, sum: number, counts: number[]): void => {
      if (j === options.length - 1) {
        const last = n - sum;
        if (options[j].includes(last)) out.push({n, counts: [...counts, last]});
        return;
      }
      for (const k of options[j]) if (sum + k <= n) walk(j + 1, sum + k, [...counts, k]);
    };
    walk(0, 0, []);
  }
  return out;
}

import {countsInBand} from "./in-band.js";

export interface CountPair {
  k: number;
  n: number;
}

/** All (k, n) with n in [nMin, nMax] and k/n printing as `printed` percent (GRIM for percentages). */
export function percentCounts(printed: number, nMin: number, nMax: number, decimals = 0): CountPair[] {
  const out: CountPair[] = [];
  for (let n = Math.max(1, nMin); n <= nMax; ++n) for (const k of countsInBand(n, printed, decimals)) out.push({k, n});
  return out;
}

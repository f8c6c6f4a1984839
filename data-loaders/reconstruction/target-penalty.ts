// How far a reconstructed value is from a printed number's rounding band, as
// the optimizer's cost: 0 inside the band, otherwise 1 plus the log of the
// distance in band widths, so the search first counts misses and then closes gaps.
import {inBand} from "../published/rounding-band.js";
import type {PublishedNumber} from "../published/types.js";

export function targetPenalty(value: number | null, n: PublishedNumber): number {
  if (value === null || !Number.isFinite(value)) return 10;
  if (inBand(value, n)) return 0;
  const [lo, hi] = n.band;
  const width = Math.max(hi - lo, 1e-3);
  const distance = value < lo ? lo - value : value - hi;
  return 1 + Math.log1p(Math.max(distance, 0) / width);
}

// Whether a Tables 1–2 "±" half-width is reachable at all: for the column
// total's rounding band and each procedure count the tables allow for that
// modality, the Wald and Wilson 95% half-widths sweep an interval; a printed
// value outside all of them cannot be produced by any cohort of the paper.
// The proof rests on the paper's numbers only, never on a cohort's rows.
import type {PublishedNumber} from "../published/types.js";
import {wilsonInterval} from "../../src/lib/stats/index.js";

const Z = 1.959963984540054;

export function halfWidthRange(totalBand: [number, number], ns: readonly number[]): {wald: [number, number]; wilson: [number, number]} {
  const wald: [number, number] = [Infinity, -Infinity];
  const wilson: [number, number] = [Infinity, -Infinity];
  for (const n of ns) {
    for (let k = 0; k <= n; ++k) {
      const percent = (100 * k) / n;
      if (percent < totalBand[0] || percent >= totalBand[1]) continue;
      const p = k / n;
      const w = 100 * Z * Math.sqrt((p * (1 - p)) / n);
      const ci = wilsonInterval(k, n);
      const h = (100 * (ci.upper - ci.lower)) / 2;
      [wald[0], wald[1]] = [Math.min(wald[0], w), Math.max(wald[1], w)];
      [wilson[0], wilson[1]] = [Math.min(wilson[0], h), Math.max(wilson[1], h)];
    }
  }
  return {wald, wilson};
}

/** A proof of infeasibility for a half-width over the procedure counts `ns` the tables allow, or null when some count reaches it. */
export function halfWidthConflict(number: PublishedNumber, total: PublishedNumber, ns: readonly number[]): string | null {
  const {wald, wilson} = halfWidthRange(total.band, ns);
  const [lo, hi] = number.band;
  const meets = ([a, b]: [number, number]) => b >= lo && a < hi;
  if (meets(wald) || meets(wilson)) return null;
  const f = ([a, b]: [number, number]) => `${a.toFixed(2)}–${b.toFixed(2)}`;
  return `With ${ns.join(" or ")} procedures and a total printing as ${total.text}%, the 95% half-width is ${f(wald)} points (Wald) or ${f(wilson)} (Wilson), never ${number.text}.`;
}

// Which 95% interval, if any, gives a Tables 1–2 "±" half-width. Each method
// is tried on every count the table allows: procedure counts N of the
// modality (from the joint denominators of both tables) and patient counts
// (the arm), with every integer k whose k/N prints as the column total. A
// method is identified when some admissible (k, N) prints the half-width; if
// none is, the half-width's method is not identified (which is not a
// conflict: the paper does not say how it computed the "±").
import {chiSquareUpperTail, clopperPearsonInterval, normalQuantile, wilsonInterval} from "../../src/lib/stats/index.js";
import {inBand} from "../published/rounding-band.js";
import type {PublishedNumber} from "../published/types.js";

const Z = normalQuantile(0.975);

export interface HalfWidthMethod {
  id: string;
  label: string;
  /** Over procedures or patients. */
  unit: "procedures" | "patients";
  /** The printed-scale half-width for k events among n. */
  halfWidth(k: number, n: number): number;
}

export interface HalfWidthTrial {
  method: string;
  label: string;
  /** Smallest and largest half-width over the admissible counts; null when no count prints as the total. */
  range: [number, number] | null;
  /** Admissible counts (k of n) whose half-width prints as the published one. */
  hits: {k: number; n: number; value: number}[];
}

/** Exact Poisson limit: the x with P(χ²(df) > 2x) = tail (R's poisson.test, by bisection). */
function poissonLimit(df: number, tail: number): number {
  let [lo, hi] = [0, 10 + 10 * df];
  for (let i = 0; i < 200; ++i) {
    const mid = (lo + hi) / 2;
    if (chiSquareUpperTail(2 * mid, df) > tail) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Half the width of R's poisson.test(k)$conf.int, in events. */
function poissonHalfWidth(k: number): number {
  const lower = k === 0 ? 0 : poissonLimit(2 * k, 0.975);
  return (poissonLimit(2 * k + 2, 0.025) - lower) / 2;
}

const wald = (k: number, n: number) => Z * Math.sqrt(((k / n) * (1 - k / n)) / n);
const half = ({lower, upper}: {lower: number; upper: number}) => (upper - lower) / 2;

function methods(unit: "procedures" | "patients"): HalfWidthMethod[] {
  const over = `over ${unit}`;
  return [
    {id: `wald.${unit}`, label: `Wald ${over}, percentage points`, unit, halfWidth: (k, n) => 100 * wald(k, n)},
    {id: `wilson.${unit}`, label: `Wilson ${over}, percentage points`, unit, halfWidth: (k, n) => 100 * half(wilsonInterval(k, n))},
    {id: `exact.${unit}`, label: `exact (Clopper–Pearson) ${over}, percentage points`, unit, halfWidth: (k, n) => 100 * half(clopperPearsonInterval(k, n))},
    {id: `poisson.${unit}`, label: `exact Poisson on the count ${over}, percentage points`, unit, halfWidth: (k, n) => (100 * poissonHalfWidth(k)) / n},
    {id: `wald-count.${unit}`, label: `Wald ${over}, in ${unit} (count units)`, unit, halfWidth: (k, n) => n * wald(k, n)},
    {id: `poisson-count.${unit}`, label: `exact Poisson on the count ${over}, in ${unit} (count units)`, unit, halfWidth: (k) => poissonHalfWidth(k)}
  ];
}

export const HALF_WIDTH_METHODS: readonly HalfWidthMethod[] = [...methods("procedures"), ...methods("patients")];

/**
 * Every method on every admissible count: `procedureCounts` are the modality's
 * procedure totals the tables allow, `patientCounts` the arm sizes.
 */
export function halfWidthTrials(halfWidth: PublishedNumber, total: PublishedNumber, procedureCounts: readonly number[], patientCounts: readonly number[]): HalfWidthTrial[] {
  return HALF_WIDTH_METHODS.map((method) => {
    const ns = method.unit === "procedures" ? procedureCounts : patientCounts;
    const hits: HalfWidthTrial["hits"] = [];
    let range: [number, number] | null = null;
    for (const n of ns) {
      for (let k = 0; k <= n; ++k) {
        if (!inBand((100 * k) / n, total)) continue;
        const value = method.halfWidth(k, n);
        range = range ? [Math.min(range[0], value), Math.max(range[1], value)] : [value, value];
        if (inBand(value, halfWidth)) hits.push({k, n, value});
      }
    }
    return {method: method.id, label: method.label, range, hits};
  });
}

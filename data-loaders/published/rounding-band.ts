import type {PublishedNumber, Relation} from "./types.js";

/**
 * The interval of true values that a printed figure stands for. Rounded figures
 * get [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ) — half-up rounding, the convention of the
 * statistics packages of the time; "P < x" gets [0, x) and "P > x" gets (x, 1].
 */
export function roundingBand(value: number, decimals: number, relation: Relation = "rounded", upper = 1): [number, number] {
  if (relation === "less_than") return [0, value];
  if (relation === "greater_than") return [value, upper];
  const half = 0.5 * 10 ** -decimals;
  return [round(value - half, decimals + 1), round(value + half, decimals + 1)];
}

/** Whether a value prints as the published number: inside its band. */
export function inBand(value: number, n: Pick<PublishedNumber, "band" | "relation">): boolean {
  const [lo, hi] = n.band;
  // A tiny tolerance keeps exact ratios such as 100·11/44 on the right side of a boundary.
  const eps = 1e-9 * Math.max(1, Math.abs(value));
  if (n.relation === "greater_than") return value > lo - eps && value <= hi + eps;
  return value >= lo - eps && value < hi - eps;
}

function round(x: number, decimals: number): number {
  return Number(x.toFixed(decimals));
}

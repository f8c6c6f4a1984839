// A survival curve with a constant hazard on each piece: piece k covers
// [start[k], start[k + 1]) and the last piece runs on for ever.

export interface PiecewiseExponential {
  /** Start of each piece in months; start[0] = 0, increasing. */
  start: Float64Array;
  /** Hazard per month on each piece, finite and >= 0. */
  hazard: Float64Array;
}

/** Checks the pieces and returns them as a model. */
export function piecewiseExponential(start: ArrayLike<number>, hazard: ArrayLike<number>): PiecewiseExponential {
  if (start.length === 0 || start.length !== hazard.length) throw new RangeError(`start has ${start.length} pieces and hazard ${hazard.length}, expected the same number, at least one`);
  if (start[0] !== 0) throw new RangeError(`start[0] is ${start[0]}, expected 0`);
  for (let k = 0; k < start.length; ++k) {
    if (k > 0 && !(start[k] > start[k - 1] && Number.isFinite(start[k]))) throw new RangeError(`start[${k}] is ${start[k]}, expected a finite number > start[${k - 1}] (${start[k - 1]})`);
    if (!(hazard[k] >= 0 && Number.isFinite(hazard[k]))) throw new RangeError(`hazard[${k}] is ${hazard[k]}, expected a finite number >= 0`);
  }
  return {start: Float64Array.from(start), hazard: Float64Array.from(hazard)};
}

/** The same pieces with every hazard multiplied by hr (proportional hazards). */
export function scaleHazard(model: PiecewiseExponential, hr: number): PiecewiseExponential {
  if (!(hr > 0 && Number.isFinite(hr))) throw new RangeError(`hazard ratio is ${hr}, expected a positive number`);
  return {start: model.start, hazard: model.hazard.map((h) => h * hr)};
}

/** Cumulative hazard H(t) = ∫₀ᵗ λ. */
export function cumulativeHazard({start, hazard}: PiecewiseExponential, t: number): number {
  let h = 0;
  for (let k = 0; k < start.length && start[k] < t; ++k) {
    const end = k + 1 < start.length ? Math.min(start[k + 1], t) : t;
    h += hazard[k] * (end - start[k]);
  }
  return h;
}

/** S(t) = exp(−H(t)). */
export function survivalProbability(model: PiecewiseExponential, t: number): number {
  return Math.exp(-cumulativeHazard(model, t));
}

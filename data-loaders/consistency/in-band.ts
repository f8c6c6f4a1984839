/**
 * Whether num/den, times `scale`, prints as `printed` at `decimals` places with
 * half-up rounding: num/den·scale ∈ [printed − ½·10⁻ᵈ, printed + ½·10⁻ᵈ).
 * Exact in integers (no floating-point edge cases at the .5 boundaries) as
 * long as 2·scale·10ᵈ·num and (2·printed·10ᵈ + 1)·den stay below 2⁵³.
 */
export function ratioInBand(num: number, den: number, printed: number, decimals = 0, scale = 100): boolean {
  const unit = 10 ** decimals;
  const target = Math.round(printed * unit);
  const lhs = 2 * scale * unit * num;
  return lhs >= (2 * target - 1) * den && lhs < (2 * target + 1) * den;
}

/** Numerators k ∈ [0, n] with k/n printing as `printed` percent; a contiguous run, returned as a list. */
export function countsInBand(n: number, printed: number, decimals = 0): number[] {
  const out: number[] = [];
  for (let k = 0; k <= n; ++k) if (ratioInBand(k, n, printed, decimals)) out.push(k);
  return out;
}

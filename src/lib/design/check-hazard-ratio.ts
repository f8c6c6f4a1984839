/** Throws unless hr is a usable design hazard ratio: positive, finite and not 1. */
export function checkHazardRatio(hr: number): void {
  if (!(hr > 0 && Number.isFinite(hr))) throw new RangeError(`hazard ratio is ${hr}, expected a positive number`);
  if (hr === 1) throw new RangeError("hazard ratio is 1: no number of events detects no difference");
}

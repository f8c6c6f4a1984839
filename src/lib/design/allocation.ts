// Patients are randomized `ratio` to the treatment arm for each one to control.

/** The fraction of patients randomized to treatment, ratio / (1 + ratio). */
export function treatmentFraction(ratio: number): number {
  if (!(ratio > 0 && Number.isFinite(ratio))) throw new RangeError(`allocation ratio is ${ratio}, expected a positive number (treatment : control)`);
  return ratio / (1 + ratio);
}

/** The exponential dropout hazard per month that loses `perYear` (0 <= perYear < 1) of patients in 12 months: −log(1 − perYear) / 12, as rpact's dropoutRate at dropoutTime = 12. */
export function dropoutHazard(perYear: number): number {
  if (!(perYear >= 0 && perYear < 1)) throw new RangeError(`dropout is ${perYear}, expected a proportion per year from 0 to below 1`);
  return -Math.log1p(-perYear) / 12;
}

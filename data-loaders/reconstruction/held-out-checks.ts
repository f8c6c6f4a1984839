// Printed statistics the reconstruction never aims at: they follow from the
// rows once the fitted numbers are in place, so matching them is evidence
// rather than construction.
export const HELD_OUT_CHECKS: ReadonlySet<string> = new Set([
  "toxicity.infection.p",
  "toxicity.grade3plus.or",
  "toxicity.grade3plus.or.lo",
  "toxicity.grade3plus.or.hi",
  "toxicity.grade3plus.or.abstract",
  "toxicity.grade3plus.or.lo.abstract",
  "toxicity.grade3plus.or.hi.abstract",
  "response.regression.or",
  "response.regression.or.lo",
  "response.regression.or.hi"
]);

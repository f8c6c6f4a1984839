// Whether a one-covariate Cox model has no finite estimate because its
// likelihood rises all the way to beta = +-infinity: the question a page asks
// before it withholds a hazard ratio, which R's "coefficient may be infinite"
// warning only guesses at.
import type {CoxPHInput} from "./cox-ph.js";
import {coxLikelihoodShape} from "./cox-likelihood-shape.js";

export function coxMonotone(input: CoxPHInput): boolean {
  const shape = coxLikelihoodShape(input);
  return shape === "increasing" || shape === "decreasing";
}

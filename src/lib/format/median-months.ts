// A curve's median for a headline ("12 months"), in whole months as the
// paper's abstract gives them; a group with no patients under the filters has
// no curve, which is not the same as a median not reached.
import type {KaplanMeierFit} from "../survival/index.js";

export function formatMedianMonths({fit}: {fit: Pick<KaplanMeierFit, "median"> | null}): string {
  if (!fit) return "no patients";
  const {estimate} = fit.median;
  return estimate === null ? "not reached" : `${estimate.toFixed(0)} months`;
}

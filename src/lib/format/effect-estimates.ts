// Effect sizes as a reader sees them: ratios to two decimals with their CI
// ("0.59 (95% CI 0.28–1.25)"), restricted means and their difference to a
// tenth of a month, a minus sign rather than a hyphen, and every P labelled.
// A hazard ratio comes with its test of proportional hazards, and a warning
// when that test rejects.
import type {EffectEstimates} from "../analysis/effect-estimates.js";
import {GROUP_LABELS} from "../analysis/compare-survival.js";
import {formatConfLevel, formatRatioInterval} from "./interval.js";
import {formatLabelledP} from "./p-value.js";

/** Below this cox.zph P the text warns that the hazard ratio is an average of a changing effect. */
export const PROPORTIONAL_HAZARDS_ALPHA = 0.05;

const months = (x: number) => x.toFixed(1).replace(/^-/, "−");

/**
 * The hazard ratio of the first group against the second with its test of
 * proportional hazards (and a warning when that rejects), then the restricted
 * means up to tau and their difference; the note stands in for whichever is
 * missing.
 */
export function formatEffectEstimates(e: EffectEstimates, endpointShort: string): string {
  const [first, second] = [e.first, e.second].map((g) => GROUP_LABELS[g].toLowerCase());
  const sentences: string[] = [];
  if (e.hazardRatio) {
    const {estimate, lower, upper, p, proportionalHazards} = e.hazardRatio;
    sentences.push(
      `Hazard ratio, ${first} vs ${second}: ${formatRatioInterval(estimate, lower, upper, e.confLevel)}, ${formatLabelledP(p, "Wald, Cox")}; ` +
        `proportional hazards: ${formatLabelledP(proportionalHazards.p, "cox.zph")}.`
    );
    if (proportionalHazards.p < PROPORTIONAL_HAZARDS_ALPHA) {
      sentences.push("The hazards are not proportional, so the ratio averages an effect that changes over time; the restricted means do not assume it is constant.");
    }
  }
  if (e.rmst) {
    const {tau, first: a, second: b, difference, lower, upper} = e.rmst;
    sentences.push(
      `Restricted mean ${endpointShort} over the first ${months(tau)} months, as long as both groups were followed: ${months(a)} (${first}) vs ${months(b)} (${second}), a difference of ${months(difference)} months (${formatConfLevel(e.confLevel)} CI ${months(lower)} to ${months(upper)}).`
    );
  }
  if (e.note) sentences.push(e.note);
  return sentences.join(" ");
}

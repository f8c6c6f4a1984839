// Effect sizes as a reader sees them: ratios to two decimals with their CI
// ("0.59 (95% CI 0.28–1.25)"), restricted means and their difference to a
// tenth of a month with the rule that set tau, a minus sign rather than a
// hyphen, and every P labelled.
// A hazard ratio comes with its test of proportional hazards, and a warning
// when that test rejects.
import type {EffectEstimates, RmstDifference} from "../analysis/effect-estimates.js";
import {GROUP_LABELS} from "../analysis/compare-survival.js";
import {formatConfLevel, formatRatioInterval} from "./interval.js";
import {formatLabelledP} from "./p-value.js";
import {inSentence} from "./in-sentence.js";

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
  const [first, second] = [e.first, e.second].map((g) => inSentence(GROUP_LABELS[g]));
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
    const {tau, first: a, second: b, difference, lower, upper, fewAtRisk} = e.rmst;
    sentences.push(
      `Restricted mean ${endpointShort} up to τ = ${months(tau)} months (${tauReason(e.rmst)}): ${months(a)} (${first}) vs ${months(b)} (${second}), a difference of ${months(difference)} months (${formatConfLevel(e.confLevel)} CI ${months(lower)} to ${months(upper)}).`
    );
    if (fewAtRisk.length > 0) {
      const who = fewAtRisk.map(({group, n}) => `${n} ${inSentence(GROUP_LABELS[group])} patient${n === 1 ? "" : "s"}`).join(" and ");
      sentences.push(`Only ${who} ${fewAtRisk.length === 1 && fewAtRisk[0].n === 1 ? "was" : "were"} still followed at τ, so the means rest on few patients near τ.`);
    }
  }
  if (e.note) sentences.push(e.note);
  return sentences.join(" ");
}

/** Why tau is where it is, in survRM2 1.0-4's terms. */
export function tauReason({tauRule, tauMax}: Pick<RmstDifference, "tauRule" | "tauMax">): string {
  if (tauRule === "chosen") return `as chosen; these data support τ up to ${months(tauMax)}`;
  return tauRule === "longer"
    ? "survRM2's default here: the longer follow-up, since the shorter-followed group's curve ended at 0"
    : "survRM2's default here: the shorter follow-up, the last time both curves are known";
}

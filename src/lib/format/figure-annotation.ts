// The lines a survival figure carries on itself, so a copy pasted on a slide
// keeps its test and effect size: the labelled P, then the hazard ratio with
// its CI and which group it compares with which.
import type {SurvivalComparison} from "../analysis/compare-survival.js";
import type {EffectEstimates} from "../analysis/effect-estimates.js";
import {GROUP_LABELS} from "../analysis/compare-survival.js";
import {formatRatioInterval} from "./interval.js";
import {formatComparisonP} from "./p-value.js";
import {inSentence} from "./in-sentence.js";

/** ["P = 0.16 (log-rank)", "HR 0.59 (95% CI 0.28–1.25), chemoembolization vs bland embolization"]; the HR line only when there is one. */
export function formatFigureAnnotation(comparison: Pick<SurvivalComparison, "test" | "testName" | "note">, effects?: EffectEstimates | null): string[] {
  const lines = [formatComparisonP(comparison)].filter((line) => line !== "");
  const hr = effects?.hazardRatio;
  if (effects && hr) {
    const [first, second] = [effects.first, effects.second].map((g) => inSentence(GROUP_LABELS[g] ?? g));
    lines.push(`HR ${formatRatioInterval(hr.estimate, hr.lower, hr.upper, effects.confLevel)}, ${first} vs ${second}`);
  }
  return lines;
}

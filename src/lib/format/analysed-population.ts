// "Analysed: 57 of 67 patients (chemoembolization 41 of 44, bland embolization
// 16 of 23). Left out: 10, never assessed …: 3 vs 7, P = 0.025 (Fisher's exact)."
import type {AnalysedPopulation} from "../analysis/analysed-population.js";
import {MIN_GROUP_SIZE} from "../analysis/small-groups.js";
import {formatLabelledP} from "./p-value.js";
import {inSentence} from "./in-sentence.js";

export function formatAnalysedPopulation(population: AnalysedPopulation): string {
  const {analysed, total, groups, reason, exclusionP} = population;
  const perGroup = groups.map((g) => `${inSentence(g.label)} ${g.analysed} of ${g.total}`).join(", ");
  const sentence = `Analysed: ${analysed} of ${total} patients (${perGroup}).`;
  if (reason === null) return `${sentence} Nobody is left out.`;
  const left = groups.map((g) => g.total - g.analysed).join(" vs ");
  const small = groups.some((g) => g.total < MIN_GROUP_SIZE);
  const test = exclusionP !== null ? `, ${formatLabelledP(exclusionP, "Fisher's exact")} for a difference between the groups` : small ? `; no test of a difference, with fewer than ${MIN_GROUP_SIZE} patients in a group` : "";
  return `${sentence} Left out: ${total - analysed}, ${reason}: ${left}${test}.`;
}

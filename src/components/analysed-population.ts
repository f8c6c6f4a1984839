// Who a survival card analyses (formatAnalysedPopulation). When patients are
// left out, the sentence tests whether the groups lose them equally, so it is
// marked as a P value is (p-value.ts) with the groups' sizes.
import type {AnalysedPopulation} from "../lib/analysis/analysed-population.js";
import {formatAnalysedPopulation} from "../lib/format/analysed-population.js";
import {pValue} from "./p-value.js";

export function analysedPopulationText(population: AnalysedPopulation): Node {
  const text = formatAnalysedPopulation(population);
  return population.reason === null ? document.createTextNode(text) : pValue(text, population.groups.map((g) => g.total));
}

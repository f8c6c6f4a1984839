// One rule for every page: a comparison needs at least MIN_GROUP_SIZE patients
// in each group it compares. Below that a P value, a hazard ratio or a
// restricted mean difference swings on one or two patients, and "100%
// (100%–100%)" or a CI of zero width reads as certainty; the pages say why
// instead of printing one.
import {inSentence} from "../format/in-sentence.js";

export const MIN_GROUP_SIZE = 5;

/** Why groups are too small to compare ("Fewer than 5 patients in bland embolization (3)"), or null when none is. */
export function smallGroupsNote(groups: readonly {label: string; n: number}[], what = "patients"): string | null {
  const small = groups.filter((g) => g.n < MIN_GROUP_SIZE);
  if (small.length === 0) return null;
  return `Fewer than ${MIN_GROUP_SIZE} ${what} in ${small.map((g) => `${inSentence(g.label)} (${g.n})`).join(" and ")}`;
}

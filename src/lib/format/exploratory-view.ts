// What a view outside the page's family of tests says where a view inside it
// gives its adjusted P: its P is nominal, and why.
import type {ViewFamily} from "../analysis/view-family.js";

/** "Grouping by primary tumour is exploratory: …" */
export function formatExploratoryView(family: Pick<ViewFamily, "views">, groupLabel: string): string {
  return `Grouping by ${groupLabel} is exploratory: it is not among the ${family.views} views whose P values this page adjusts together (Benjamini–Hochberg), so any P here is nominal, unadjusted for the many groupings a reader can try.`;
}

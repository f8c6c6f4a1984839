// Where a survival view stands in its page's family of tests
// (formatViewFamily). When the view shows a test, the sentence carries its
// adjusted P, so it is marked as a P value is (p-value.ts) with the groups'
// sizes; when it shows none, the card's test line already says why.
import type {ViewFamily, ViewState} from "../lib/analysis/view-family.js";
import {formatViewFamily} from "../lib/format/view-family.js";
import {pValue} from "./p-value.js";

export function viewFamilyText(family: ViewFamily, state: ViewState, groups: readonly number[]): Node {
  const text = formatViewFamily(family, state);
  return family.adjusted(state) === null ? document.createTextNode(text) : pValue(text, groups);
}

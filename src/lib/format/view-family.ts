// "One of 162 views on this page, 54 distinct tests: Benjamini–Hochberg
// adjusted P = 0.62." beside a view's nominal P.
import type {ViewFamily, ViewState} from "../analysis/view-family.js";
import {formatP} from "./p-value.js";

export function formatViewFamily(family: ViewFamily, state: ViewState): string {
  const adjusted = family.adjusted(state);
  const views = `This view is one of ${family.views} that the controls on this page show`;
  if (family.tests === 0) return `${views}; none of them holds a test under these data.`;
  const scope = `${views}, with ${family.tests} distinct ${family.tests === 1 ? "test" : "tests"} among them`;
  return adjusted === null
    ? `${scope}.`
    : `${scope}: adjusted for all of them (Benjamini–Hochberg), ${formatP(adjusted)}. A nominal P below 0.05 in one subgroup is expected by chance alone.`;
}

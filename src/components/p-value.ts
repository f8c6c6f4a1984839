// A computed P value, or the reason a page gives none, marked with the
// smallest group behind it. The small-group rule can then be checked on the
// rendered page in every filter state (tests/browser/small-group-rule.test.ts):
// a P may show only where every group has at least MIN_GROUP_SIZE patients.
export function pValue(content: string | Node, groups: readonly number[]): HTMLSpanElement {
  const span = document.createElement("span");
  span.className = "p-value";
  span.dataset.minGroup = String(groups.length ? Math.min(...groups) : 0);
  span.append(content);
  return span;
}

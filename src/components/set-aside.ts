// A chart a kept-chart slot holds for a view not shown (kept-chart-slot.ts)
// stays in the document, laid out but not rendered. It is not on the page for
// anything that follows the page's settings: such a chart does not follow a
// change, as a chart taken off the page would not.

/** The class of the box holding each chart of a kept-chart slot. */
export const KEPT_CHART = "kept-chart";

/**
 * The class of a chart's box kept in the flow, unseen, in place of the chart its slot will draw when it comes near the
 * viewport. It is set aside too: it no longer shows what the page's controls say.
 */
export const SUPERSEDED = "superseded";

/** A selector matching the box of a chart a kept-chart slot has set aside. */
export const SET_ASIDE = `.${KEPT_CHART}[aria-hidden="true"]`;

/** True when `node` is inside a chart a kept-chart slot has set aside. */
export function isSetAside(node: Element): boolean {
  return node.closest(SET_ASIDE) !== null;
}

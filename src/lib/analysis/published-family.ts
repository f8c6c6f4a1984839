// A survival page's family of tests (view-family.ts) as the build publishes
// it: the family's sizes and each view's adjusted P, keyed by the view's
// controls, so the page reads the numbers its family sentences print without
// the rows the tests need.
import {entryAnalysis, type ViewFamily, type ViewState} from "./view-family.js";

export interface PublishedFamily {
  views: number;
  tests: number;
  adjusted: Record<string, number | null>;
}

const keyOf = (state: ViewState) =>
  JSON.stringify([state.filters.tumor ?? "all", state.filters.hormonal ?? "all", state.filters.extrahepatic ?? "all", state.endpoint, state.groupBy, state.arm ?? null, entryAnalysis(state)]);

/** The family as published: `states` are the views it was built from. */
export function publishFamily(family: ViewFamily, states: readonly ViewState[]): PublishedFamily {
  return {views: family.views, tests: family.tests, adjusted: Object.fromEntries(states.map((s) => [keyOf(s), family.adjusted(s)]))};
}

/** Back to a ViewFamily: a view outside the family has no adjusted P (null), as in viewFamily. */
export function readFamily(published: PublishedFamily): ViewFamily {
  return {views: published.views, tests: published.tests, adjusted: (state) => published.adjusted[keyOf(state)] ?? null};
}

// A survival page's family of tests (view-family.ts) as the build publishes
// it: the family's sizes and each view's adjusted P, keyed by the view's
// controls, so the page reads the numbers its family sentences print without
// the rows the tests need.
import type {ViewFamily, ViewState} from "./view-family.js";

export interface PublishedFamily {
  views: number;
  tests: number;
  adjusted: Record<string, number | null>;
}

const keyOf = ({filters, endpoint, groupBy, arm, delayedEntry, conditional}: ViewState) =>
  JSON.stringify([filters.tumor ?? "all", filters.hormonal ?? "all", filters.extrahepatic ?? "all", endpoint, groupBy, arm ?? null, Boolean(delayedEntry), Boolean(conditional)]);

/** The family as published: `states` are the views it was built from. */
export function publishFamily(family: ViewFamily, states: readonly ViewState[]): PublishedFamily {
  return {views: family.views, tests: family.tests, adjusted: Object.fromEntries(states.map((s) => [keyOf(s), family.adjusted(s)]))};
}

/** Back to a ViewFamily; a view not among those published throws, naming the file. */
export function readFamily(published: PublishedFamily, file: string): ViewFamily {
  return {
    views: published.views,
    tests: published.tests,
    adjusted: (state) => {
      const p = published.adjusted[keyOf(state)];
      if (p === undefined) throw new Error(`${file}: no adjusted P for the view ${keyOf(state)}; expected one of the page's family`);
      return p;
    }
  };
}

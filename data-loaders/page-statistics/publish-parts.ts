// One page's statistics for every state of its controls, part by part: each
// part is evaluated over the states of the controls it depends on, the others
// at their defaults. Under MIN_CELL a state whose filters keep fewer patients
// publishes null in place of the part, so nothing about so few patients leaves.
import {hiddenByMinCell} from "../../src/lib/analysis/min-cell-hidden.js";
import {FILTER_DIMS, stateKey, statesOver, type PageState, type StateDim} from "../../src/lib/analysis/page-state.js";
import type {PatientRow} from "../../src/lib/analysis/patient-row.js";
import type {PageParts} from "../../src/lib/analysis/published-statistics.js";

export const DEFAULT_STATE: Required<PageState> = {tumor: "all", hormonal: "all", extrahepatic: "all", confType: "log", confLevel: 0.95, rho: 0, strata: null, endpoint: "ttp"};

/** `compute` gives the page's whole result in a state; `minCell` null publishes every state. */
export function publishParts<R>(patients: readonly PatientRow[], parts: PageParts<R>, compute: (state: Required<PageState>) => R, minCell: number | null): Record<string, Record<string, unknown>> {
  const cache = new Map<string, R>();
  const ALL_DIMS = Object.keys(DEFAULT_STATE) as StateDim[];
  const resultIn = (state: Required<PageState>) => {
    const key = stateKey(state, ALL_DIMS);
    if (!cache.has(key)) cache.set(key, compute(state));
    return cache.get(key) as R;
  };
  const published: Record<string, Record<string, unknown>> = {};
  for (const [part, dims] of Object.entries(parts) as [keyof R & string, StateDim[]][]) {
    published[part] = {};
    for (const partial of statesOver(dims)) {
      const state = {...DEFAULT_STATE, ...partial} as Required<PageState>;
      const filters = Object.fromEntries(FILTER_DIMS.map((d) => [d, state[d]]));
      const suppressed = hiddenByMinCell(patients, filters, minCell);
      published[part][stateKey(state, dims)] = suppressed ? null : resultIn(state)[part];
    }
  }
  return published;
}

// The controls a page's published statistics are keyed by, and every value
// each can take that the build can enumerate. A reader-typed value (a G-rho
// test's rho, a confidence level typed into the URL) cannot be enumerated, so
// without patient rows a page offers only these.
import {confTypes} from "../survival/index.js";
import {GROUP_BY_KEYS} from "./group-columns.js";
import {FILTER_CHOICES} from "./view-family.js";

export type StateValue = string | number | null;

export const STATE_CHOICES = {
  tumor: FILTER_CHOICES.tumor,
  hormonal: FILTER_CHOICES.hormonal,
  extrahepatic: FILTER_CHOICES.extrahepatic,
  confType: [...confTypes],
  confLevel: [0.9, 0.95, 0.99],
  rho: [0, 1],
  strata: [null, ...GROUP_BY_KEYS],
  endpoint: ["ttp", "os_embolization"]
} satisfies Record<string, readonly StateValue[]>;

export type StateDim = keyof typeof STATE_CHOICES;
export type PageState = Partial<Record<StateDim, StateValue>>;

/** What each control is called where a page says a value of it was not published. */
export const STATE_NAMES: Record<StateDim, string> = {
  tumor: "tumour type",
  hormonal: "hormonal activity",
  extrahepatic: "extrahepatic disease",
  confType: "confidence interval scale",
  confLevel: "confidence level",
  rho: "G-ρ test's ρ",
  strata: "stratification",
  endpoint: "endpoint"
};

export const FILTER_DIMS: StateDim[] = ["tumor", "hormonal", "extrahepatic"];

/** The key of a state's values on the given controls, in their order; an unset filter reads "all". */
export function stateKey(state: PageState, dims: readonly StateDim[]): string {
  return dims.map((d) => `${d}=${String(state[d] ?? (FILTER_DIMS.includes(d) ? "all" : null))}`).join("&");
}

/** Every combination of the given controls' values. */
export function statesOver(dims: readonly StateDim[]): PageState[] {
  return dims.reduce<PageState[]>((states, d) => states.flatMap((s) => STATE_CHOICES[d].map((v) => ({...s, [d]: v}))), [{}]);
}

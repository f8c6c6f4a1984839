// Everything /explore shows follows from one specification, kept in the URL
// so a view can be shared and restored: the endpoint, the grouping, the
// filters, the Cox covariates, the subgroups of the forest plot, the
// conventions (ρ any number from 0) and tau. Unknown or malformed values fall
// back to the defaults.
import {confTypes, type ConfType} from "../survival/index.js";
import {ENDPOINTS, type EndpointId} from "./endpoints.js";
import {EXPLORE_COLUMN_IDS} from "./explore-columns.js";
import {GROUP_CUTS, type GroupCut} from "./explore-grouping.js";

export interface ExploreSpec {
  endpoint: EndpointId;
  group: string;
  cut: GroupCut;
  /** The value to cut at, with cut "value". */
  at: number | null;
  /** Filter conditions as typed (explore-filters.ts). */
  filter: string;
  covariates: string[];
  subgroups: string[];
  confType: ConfType;
  confLevel: number;
  rho: number;
  ties: "efron" | "breslow";
  tau: number | null;
}

export const CONF_LEVELS = [0.9, 0.95, 0.99];
export const TIES = ["efron", "breslow"] as const;

export const DEFAULT_SPEC: ExploreSpec = {
  endpoint: "os_embolization", group: "arm", cut: "median", at: null, filter: "", covariates: [],
  subgroups: ["tumor_type", "hormonally_active", "extrahepatic_disease"],
  confType: "log", confLevel: 0.95, rho: 0, ties: "efron", tau: null
};

const number = (text: string | null): number | null => (text !== null && text.trim() !== "" && Number.isFinite(Number(text)) ? Number(text) : null);
const list = (text: string | null): string[] | null => (text === null ? null : text.split(",").filter((c) => EXPLORE_COLUMN_IDS.includes(c)));
const oneOf = <T>(value: T | null, allowed: readonly T[], fallback: T): T => (value !== null && allowed.includes(value) ? value : fallback);

const RHO_EXPECTED = "expected a number of 0 or more (0 is the log-rank test, 1 Peto–Peto)";

/** The G-rho test's ρ as a reader typed it: a number from 0; anything else throws saying what was typed and what is expected. */
export function parseRho(text: string): number {
  const typed = text.trim();
  if (typed === "") throw new Error(`no ρ given, ${RHO_EXPECTED}`);
  const rho = Number(typed);
  if (!Number.isFinite(rho)) throw new Error(`"${typed}" is not a number, ${RHO_EXPECTED}`);
  if (rho < 0) throw new Error(`"${typed}" is negative, ${RHO_EXPECTED}`);
  return rho;
}

/** The specification a query string describes, over `defaults` (the site's saved conventions, say). */
export function parseSpec(query: string, defaults: ExploreSpec = DEFAULT_SPEC): ExploreSpec {
  const params = new URLSearchParams(query);
  const get = (key: string) => params.get(key);
  const tau = number(get("tau"));
  return {
    endpoint: oneOf(get("endpoint") as EndpointId | null, Object.keys(ENDPOINTS) as EndpointId[], defaults.endpoint),
    group: oneOf(get("group"), EXPLORE_COLUMN_IDS, defaults.group),
    cut: oneOf(get("cut") as GroupCut | null, GROUP_CUTS, defaults.cut),
    at: number(get("at")) ?? defaults.at,
    filter: get("filter") ?? defaults.filter,
    covariates: list(get("covariates")) ?? defaults.covariates,
    subgroups: list(get("subgroups")) ?? defaults.subgroups,
    confType: oneOf(get("conf_type") as ConfType | null, confTypes, defaults.confType),
    confLevel: oneOf(number(get("conf_level")), CONF_LEVELS, defaults.confLevel),
    rho: (number(get("rho")) ?? -1) >= 0 ? number(get("rho"))! : defaults.rho,
    ties: oneOf(get("ties") as "efron" | "breslow" | null, TIES, defaults.ties),
    tau: tau !== null && tau > 0 ? tau : defaults.tau
  };
}

/** The query string of `spec`, naming only what differs from `defaults`. */
export function specQuery(spec: ExploreSpec, defaults: ExploreSpec = DEFAULT_SPEC): string {
  const params = new URLSearchParams();
  const text = (v: unknown) => (Array.isArray(v) ? v.join(",") : v === null ? "" : String(v));
  const keys: [keyof ExploreSpec, string][] = [
    ["endpoint", "endpoint"], ["group", "group"], ["cut", "cut"], ["at", "at"], ["filter", "filter"], ["covariates", "covariates"], ["subgroups", "subgroups"],
    ["confType", "conf_type"], ["confLevel", "conf_level"], ["rho", "rho"], ["ties", "ties"], ["tau", "tau"]
  ];
  for (const [key, name] of keys) if (text(spec[key]) !== text(defaults[key])) params.set(name, text(spec[key]));
  return params.toString();
}

// Statistical conventions a reader can switch once for the whole site (on
// /methods); every page reads them when it loads. They travel in the URL
// (ci, level, test, rho, strata) as well, so a shared link shows the same
// intervals and P values: the URL wins over what this browser saved, and a
// page writes the conventions in force back into its URL.
import * as Inputs from "@observablehq/inputs";
import {formatConfLevel} from "../lib/format/interval.js";
import {DEFAULT_CONVENTIONS, type Conventions} from "../lib/analysis/conventions.js";
import {GROUP_BY_KEYS, type GroupBy} from "../lib/analysis/group-columns.js";
import {confTypes, type ConfType} from "../lib/survival/index.js";
import {setUrlParam} from "./url-state.js";

export {DEFAULT_CONVENTIONS, type Conventions};

const KEY = "net-embolization:conventions";
const CONF_LEVELS = [0.9, 0.95, 0.99];
const RHOS = [0, 1];

/** The query parameters and their spellings: ci=log-log, level=90, test=peto-peto, test=g-rho&rho=0.5, strata=tumor. */
const TESTS: Record<string, number> = {"log-rank": 0, "peto-peto": 1};
const toUrl = (c: Conventions) => ({
  ci: c.confType,
  level: String(Math.round(100 * c.confLevel)),
  test: Object.keys(TESTS).find((name) => TESTS[name] === c.rho) ?? "g-rho",
  rho: Object.values(TESTS).includes(c.rho) ? "" : String(c.rho),
  strata: c.strata ?? ""
});

/** A rho survdiff accepts and the URL can carry: a finite number from 0. */
export const isRho = (rho: unknown): rho is number => typeof rho === "number" && Number.isFinite(rho) && rho >= 0;

function fromUrl(): Partial<Conventions> {
  const params = new URLSearchParams(globalThis.location?.search ?? "");
  const level = Number(params.get("level")) / 100;
  const test = params.get("test");
  const rho = params.get("rho") === null || params.get("rho") === "" ? NaN : Number(params.get("rho"));
  const strata = params.get("strata");
  return {
    ...(params.has("ci") ? {confType: params.get("ci") as ConfType} : {}),
    ...(params.has("level") ? {confLevel: level} : {}),
    ...(test !== null && test in TESTS ? {rho: TESTS[test]} : {}),
    ...(test === "g-rho" && isRho(rho) ? {rho} : {}),
    ...(strata !== null && GROUP_BY_KEYS.includes(strata as GroupBy) ? {strata: strata as GroupBy} : {})
  };
}

/** Puts the conventions in force into the page's URL, leaving R's defaults out. */
export function writeToUrl(conventions: Conventions): void {
  const values = toUrl(conventions);
  const defaults = toUrl(DEFAULT_CONVENTIONS);
  for (const key of ["ci", "level", "test", "rho", "strata"] as const) setUrlParam(key, values[key], defaults[key]);
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * The conventions in the URL, else the reader's saved ones, else R's
 * defaults, for each of the three separately; written back into the URL.
 */
export function loadConventions(): Conventions {
  let saved: Partial<Conventions> = {};
  try {
    saved = {...JSON.parse(storage()?.getItem(KEY) ?? "{}"), ...fromUrl()};
  } catch {
    saved = fromUrl();
  }
  const conventions = {
    confType: confTypes.includes(saved.confType as ConfType) ? saved.confType! : DEFAULT_CONVENTIONS.confType,
    confLevel: CONF_LEVELS.includes(saved.confLevel!) ? saved.confLevel! : DEFAULT_CONVENTIONS.confLevel,
    rho: isRho(saved.rho) ? saved.rho : DEFAULT_CONVENTIONS.rho,
    strata: saved.strata && GROUP_BY_KEYS.includes(saved.strata) ? saved.strata : null
  };
  if (globalThis.location) writeToUrl(conventions);
  return conventions;
}

function saveConventions(conventions: Conventions): void {
  storage()?.setItem(KEY, JSON.stringify(conventions));
}

/** A form for the conventions that saves every change. */
export function conventionsInput(): HTMLElement {
  const current = loadConventions();
  // A G-rho chosen on a page (in the URL) stays selectable here beside the two named tests.
  const rhos = RHOS.includes(current.rho) ? RHOS : [...RHOS, current.rho];
  const form = Inputs.form({
    confType: Inputs.radio(confTypes, {label: "CI for S(t)", value: current.confType, format: (t: string) => ({log: "log (R default)", "log-log": "log-log", plain: "plain"})[t]}),
    confLevel: Inputs.radio(CONF_LEVELS, {label: "Confidence level", value: current.confLevel, format: formatConfLevel}),
    rho: Inputs.radio(rhos, {label: "Curve comparison", value: current.rho, format: (r: number) => (r === 0 ? "log-rank (ρ = 0)" : r === 1 ? "Peto–Peto (ρ = 1)" : `G-ρ (ρ = ${r})`)})
  });
  form.addEventListener("input", () => {
    const chosen = {...current, ...(form.value as Omit<Conventions, "strata">)};
    // Stratifying is a choice for one view (on its page), not a site-wide convention.
    saveConventions({...chosen, strata: null});
    writeToUrl(chosen);
  });
  return form;
}

// Statistical conventions a reader can switch once for the whole site (on
// /methods); every page reads them when it loads. They travel in the URL
// (ci, level, test) as well, so a shared link shows the same intervals and
// P values: the URL wins over what this browser saved, and a page writes the
// conventions in force back into its URL.
import * as Inputs from "@observablehq/inputs";
import {formatConfLevel} from "../lib/format/interval.js";
import {confTypes, type ConfType} from "../lib/survival/index.js";
import {setUrlParam} from "./url-state.js";

export interface Conventions {
  confType: ConfType;
  confLevel: number;
  rho: number;
}

export const DEFAULT_CONVENTIONS: Conventions = {confType: "log", confLevel: 0.95, rho: 0};

const KEY = "net-embolization:conventions";
const CONF_LEVELS = [0.9, 0.95, 0.99];
const RHOS = [0, 1];

/** The query parameters and their spellings: ci=log-log, level=90, test=peto-peto. */
const TESTS: Record<string, number> = {"log-rank": 0, "peto-peto": 1};
const toUrl = (c: Conventions) => ({
  ci: c.confType,
  level: String(Math.round(100 * c.confLevel)),
  test: Object.keys(TESTS).find((name) => TESTS[name] === c.rho)!
});

function fromUrl(): Partial<Conventions> {
  const params = new URLSearchParams(globalThis.location?.search ?? "");
  const level = Number(params.get("level")) / 100;
  const test = params.get("test");
  return {
    ...(params.has("ci") ? {confType: params.get("ci") as ConfType} : {}),
    ...(params.has("level") ? {confLevel: level} : {}),
    ...(test !== null && test in TESTS ? {rho: TESTS[test]} : {})
  };
}

/** Puts the conventions in force into the page's URL, leaving R's defaults out. */
function writeToUrl(conventions: Conventions): void {
  const values = toUrl(conventions);
  const defaults = toUrl(DEFAULT_CONVENTIONS);
  for (const key of ["ci", "level", "test"] as const) setUrlParam(key, values[key], defaults[key]);
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
    rho: RHOS.includes(saved.rho!) ? saved.rho! : DEFAULT_CONVENTIONS.rho
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
  const form = Inputs.form({
    confType: Inputs.radio(confTypes, {label: "CI for S(t)", value: current.confType, format: (t: string) => ({log: "log (R default)", "log-log": "log-log", plain: "plain"})[t]}),
    confLevel: Inputs.radio(CONF_LEVELS, {label: "Confidence level", value: current.confLevel, format: formatConfLevel}),
    rho: Inputs.radio(RHOS, {label: "Curve comparison", value: current.rho, format: (r: number) => (r === 0 ? "log-rank (ρ = 0)" : "Peto–Peto (ρ = 1)")})
  });
  form.addEventListener("input", () => {
    saveConventions(form.value as Conventions);
    writeToUrl(form.value as Conventions);
  });
  return form;
}

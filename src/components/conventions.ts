// Statistical conventions a reader can switch once for the whole site (on
// /methods); every page reads them when it loads.
import * as Inputs from "@observablehq/inputs";
import {formatConfLevel} from "../lib/format/interval.js";
import {confTypes, type ConfType} from "../lib/survival/index.js";

export interface Conventions {
  confType: ConfType;
  confLevel: number;
  rho: number;
}

export const DEFAULT_CONVENTIONS: Conventions = {confType: "log", confLevel: 0.95, rho: 0};

const KEY = "net-embolization:conventions";
const CONF_LEVELS = [0.9, 0.95, 0.99];
const RHOS = [0, 1];

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The reader's saved conventions, falling back to R's defaults for anything missing or unknown. */
export function loadConventions(): Conventions {
  let saved: Partial<Conventions> = {};
  try {
    saved = JSON.parse(storage()?.getItem(KEY) ?? "{}");
  } catch {
    saved = {};
  }
  return {
    confType: confTypes.includes(saved.confType as ConfType) ? saved.confType! : DEFAULT_CONVENTIONS.confType,
    confLevel: CONF_LEVELS.includes(saved.confLevel!) ? saved.confLevel! : DEFAULT_CONVENTIONS.confLevel,
    rho: RHOS.includes(saved.rho!) ? saved.rho! : DEFAULT_CONVENTIONS.rho
  };
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
  form.addEventListener("input", () => saveConventions(form.value as Conventions));
  return form;
}

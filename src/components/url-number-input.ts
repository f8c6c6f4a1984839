// A number control whose value lives in the URL (?key=value), so a design
// can be shared and restored: a value outside [min, max] or not a number in
// the URL falls back to the default, and the default is left out of the URL.
import * as Inputs from "@observablehq/inputs";
import {setUrlParam} from "./url-state.js";

export interface UrlNumberOptions {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number | "any";
}

/** The number in query parameter `key` if it lies in [min, max], else `fallback`. */
export function urlNumber(key: string, fallback: number, min: number, max: number): number {
  const text = new URLSearchParams(location.search).get(key);
  const value = text === null || text.trim() === "" ? NaN : Number(text);
  return Number.isFinite(value) && value >= min && value <= max ? value : fallback;
}

export function urlNumberInput(key: string, {label, value, min, max, step = "any"}: UrlNumberOptions): HTMLElement & {value: number} {
  const input = Inputs.number([min, max], {label, value: urlNumber(key, value, min, max), step, width: 120}) as HTMLElement & {value: number};
  input.addEventListener("input", () => {
    if (Number.isFinite(input.value)) setUrlParam(key, String(input.value), String(value));
  });
  return input;
}

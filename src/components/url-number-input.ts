// A number control whose value lives in the URL (?key=value), so a design
// can be shared and restored: a value outside [min, max] or not a number in
// the URL falls back to the default, and the default is left out of the URL.
// Inputs.number would be the natural control, but its template sets an
// inline oninput attribute that the pages' Content-Security-Policy blocks;
// Inputs.text assigns its handler as a property, so its input is made a
// number field here, and a wrapper gives the view a number.
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
  const form = Inputs.text({label, value: String(urlNumber(key, value, min, max)), width: 120}) as HTMLElement & {value: string};
  const field = form.querySelector("input")!;
  Object.assign(field, {type: "number", min: String(min), max: String(max), step: String(step), required: true});
  const wrapper = document.createElement("div") as unknown as HTMLElement & {value: number};
  wrapper.append(form);
  Object.defineProperty(wrapper, "value", {get: () => Number(form.value)});
  // Inputs.text lets an input event through only when the field is valid, so the URL never holds a bad value.
  wrapper.addEventListener("input", () => setUrlParam(key, String(Number(form.value)), String(value)));
  return wrapper;
}

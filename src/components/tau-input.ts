// The reader's choice of tau for the restricted means, kept in the URL
// (?tau=24) so a shared link shows the same numbers. Empty means survRM2's
// default; `parseTau` turns the control's text into months or undefined.
import * as Inputs from "@observablehq/inputs";
import {setUrlParam} from "./url-state.js";

export function parseTau(text: string): number | undefined {
  const tau = Number(text.trim());
  return text.trim() !== "" && Number.isFinite(tau) && tau > 0 ? tau : undefined;
}

export function tauInput(): HTMLElement & {value: string} {
  const initial = new URLSearchParams(location.search).get("tau") ?? "";
  const input = Inputs.text({label: "τ for restricted means, months", placeholder: "survRM2 default", value: parseTau(initial) === undefined ? "" : initial, width: 120});
  input.addEventListener("input", () => setUrlParam("tau", String(parseTau(input.value) ?? ""), ""));
  return input;
}

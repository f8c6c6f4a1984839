// The test between the curves, chosen beside them and kept in the URL with
// the other conventions: log-rank, Peto–Peto or G-rho with a chosen rho
// (?test=g-rho&rho=0.5), optionally stratified by a column (?strata=tumor),
// R's survdiff(Surv(t, e) ~ group + strata(s), rho = rho). Selects and a
// number field rather than radios: rho takes any value from 0.
import * as Inputs from "@observablehq/inputs";
import type {Conventions, TestChoice} from "../lib/analysis/conventions.js";
import {GROUP_BY_KEYS, type GroupBy} from "../lib/analysis/group-columns.js";
import {isRho, writeToUrl} from "./conventions.js";
import {groupByName} from "./group-by-input.js";

type TestKind = "log-rank" | "peto-peto" | "g-rho";
const KINDS: TestKind[] = ["log-rank", "peto-peto", "g-rho"];
const KIND_NAMES: Record<TestKind, string> = {"log-rank": "Log-rank (ρ = 0)", "peto-peto": "Peto–Peto (ρ = 1)", "g-rho": "G-ρ, choose ρ"};
const NONE = "none";

export type {TestChoice};

/** `strataKeys`: the columns the page's data can stratify by (a published risk table has fewer than the rows). */
export function testChoiceInput(conventions: Conventions, strataKeys: readonly GroupBy[] = GROUP_BY_KEYS): HTMLElement & {value: TestChoice} {
  const kindOf = (rho: number): TestKind => (rho === 0 ? "log-rank" : rho === 1 ? "peto-peto" : "g-rho");
  const kind = Inputs.select(KINDS, {label: "Test", value: kindOf(conventions.rho), format: (k: TestKind) => KIND_NAMES[k]}) as HTMLElement & {value: TestKind};
  // Inputs.number sets an inline handler the Content-Security-Policy blocks; a text field typed as a number does not.
  const rhoText = Inputs.text({label: "ρ", value: String(conventions.rho === 0 || conventions.rho === 1 ? 0.5 : conventions.rho), width: 80}) as HTMLElement & {value: string};
  Object.assign(rhoText.querySelector("input")!, {type: "number", min: "0", step: "any", required: true});
  const strata = Inputs.select([NONE, ...strataKeys], {label: "Stratified by", value: conventions.strata && strataKeys.includes(conventions.strata) ? conventions.strata : NONE, format: (k: string) => (k === NONE ? "None" : groupByName(k as GroupBy))}) as HTMLElement & {value: string};
  const wrapper = document.createElement("div") as unknown as HTMLElement & {value: TestChoice};
  wrapper.className = "test-choice";
  wrapper.append(kind, rhoText, strata);
  let rho = conventions.rho;
  const current = (): TestChoice => ({rho, strata: strata.value === NONE ? null : (strata.value as GroupBy)});
  const showRho = () => (rhoText.style.display = kind.value === "g-rho" ? "" : "none");
  showRho();
  Object.defineProperty(wrapper, "value", {get: current});
  wrapper.addEventListener("input", (event) => {
    const typed = Number(rhoText.value);
    const next = kind.value === "log-rank" ? 0 : kind.value === "peto-peto" ? 1 : typed;
    if (!isRho(next) || rhoText.value.trim() === "") {
      // A half-typed or negative rho leaves the test as it was.
      event.stopImmediatePropagation();
      return;
    }
    rho = next;
    showRho();
    writeToUrl({...conventions, ...current()});
  });
  return wrapper;
}

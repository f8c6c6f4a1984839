// Subgroup controls shared by the pages, kept in the URL so a filtered view
// can be shared and is restored on load.
import * as Inputs from "@observablehq/inputs";
import {NO_FILTERS, type PatientFilters} from "../lib/analysis/filter-patients.js";
import {FILTER_CHOICES} from "../lib/analysis/view-family.js";
import {setUrlParam, urlParam} from "./url-state.js";

// Each filter's options are FILTER_CHOICES: the pages' families of tests and the views computed ahead enumerate the same.
const CHOICES = {
  tumor: {label: "Tumour type", options: FILTER_CHOICES.tumor, names: {all: "All", carcinoid: "Carcinoid", noncarcinoid: "Noncarcinoid"}},
  hormonal: {label: "Hormonal activity", options: FILTER_CHOICES.hormonal, names: {all: "All", active: "Active", inactive: "Inactive"}},
  extrahepatic: {label: "Extrahepatic disease", options: FILTER_CHOICES.extrahepatic, names: {all: "All", present: "Present", absent: "Absent"}}
} as const;

export type FilterKey = keyof typeof CHOICES;

/** A form of radio controls for the chosen filters; its value holds those filters (pass it to filterPatients). */
export function cohortFilters(keys: FilterKey[] = ["tumor"]): HTMLElement & {value: Partial<PatientFilters>} {
  const controls = Object.fromEntries(
    keys.map((key) => {
      const {label, options, names} = CHOICES[key];
      const value = urlParam(key, options, NO_FILTERS[key]);
      return [key, Inputs.radio(options, {label, value, format: (o: string) => names[o as keyof typeof names]})];
    })
  );
  const form = Inputs.form(controls);
  form.addEventListener("input", () => {
    for (const key of keys) setUrlParam(key, form.value[key], NO_FILTERS[key]);
  });
  return form;
}

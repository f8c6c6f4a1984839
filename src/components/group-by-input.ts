// Which column the curves are grouped by, kept in the URL (?compare=primary_tumor).
import * as Inputs from "@observablehq/inputs";
import {GROUP_BY_KEYS, GROUP_COLUMNS, type GroupBy} from "../lib/analysis/group-columns.js";
import {bindToUrl, urlParam} from "./url-state.js";

const NAMES: Partial<Record<GroupBy, string>> = {arm: "Treatment arms", tumor: "Tumour types", primary_tumor: "Primary tumour (five types)"};

/** "Treatment arms", "Hormonal activity": a column as a choice of grouping. */
export const groupByName = (key: GroupBy) => NAMES[key] ?? GROUP_COLUMNS[key].label.replace(/^./, (c) => c.toUpperCase());

export function groupByInput(): HTMLElement & {value: GroupBy} {
  return bindToUrl(Inputs.select(GROUP_BY_KEYS, {label: "Compare", value: urlParam("compare", GROUP_BY_KEYS, "arm"), format: groupByName}), "compare", "arm");
}

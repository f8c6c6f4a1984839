// Which column the curves are grouped by, kept in the URL (?compare=primary_tumor).
import * as Inputs from "@observablehq/inputs";
import {GROUP_BY_KEYS, GROUP_COLUMNS, type GroupBy} from "../lib/analysis/group-columns.js";
import {bindToUrl, urlParam} from "./url-state.js";

const NAMES: Partial<Record<GroupBy, string>> = {arm: "Treatment arms", tumor: "Tumour types", primary_tumor: "Primary tumour (five types)"};

/** "Treatment arms", "Hormonal activity": a column as a choice of grouping. */
export const groupByName = (key: GroupBy) => NAMES[key] ?? GROUP_COLUMNS[key].label.replace(/^./, (c) => c.toUpperCase());

/** `keys`: the columns the page's data has (a published risk table has fewer than the rows). */
export function groupByInput(keys: readonly GroupBy[] = GROUP_BY_KEYS): HTMLElement & {value: GroupBy} {
  return bindToUrl(Inputs.select(keys, {label: "Compare", value: urlParam("compare", keys, "arm"), format: groupByName}), "compare", "arm");
}

// The mappings a reader of their own CSV is likely to ask for next: the same
// columns grouped by each other category column. The page's worker fits their
// curves and test while the reader looks at the view shown, so a change of
// group draws without waiting for the fit.
import type {SurvivalCsvColumns} from "./survival-csv.js";

/**
 * Up to `limit` copies of `columns` with `group` set to another column typed
 * as a category (never the time, event or entry column), in the file's column
 * order; none when the mapping has no group. Each copy keeps the mapping's
 * keys in their order, so it names the same analysis as the mapping the page
 * sends when the reader picks that group.
 */
export function otherGroupings(columns: SurvivalCsvColumns, header: readonly string[], limit: number): SurvivalCsvColumns[] {
  if (!columns.group) return [];
  const taken = new Set([columns.time, columns.event, columns.entry, columns.group]);
  return header
    .filter((name) => columns.types?.[name] === "category" && !taken.has(name))
    .slice(0, limit)
    .map((group) => ({...columns, group}));
}

// A plain, accessible HTML table from rows and column definitions.
import {keyboardScrollable} from "./keyboard-scrollable.js";
import {nowrapIntervals} from "./nowrap-intervals.js";

export interface Column<R> {
  label: string;
  value: (row: R) => string | number | null;
  /** Render as a row header (first column). */
  header?: boolean;
  align?: "left" | "right";
  /** Keep each value on one line ("> 0.99" must not break after ">"). */
  nowrap?: boolean;
  /** Name the column for screen readers only, where the values speak for themselves on screen. */
  hideLabel?: boolean;
  /** For a column of P values: the smallest group behind the row's test, marked as pValue (p-value.ts) marks it; null for a row with no test. */
  minGroup?: (row: R) => number | null;
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})[c]!);

export function statTable<R>(rows: readonly R[], columns: Column<R>[], {caption, className = "stat-table"}: {caption?: string; className?: string} = {}): HTMLTableElement {
  const table = document.createElement("table");
  table.className = className;
  const head = columns
    .map((c) => `<th scope="col" style="text-align:${c.align ?? "left"}">${c.hideLabel ? `<span class="sr-only">${escape(c.label)}</span>` : escape(c.label)}</th>`)
    .join("");
  const body = rows
    .map((row) => {
      const cells = columns.map((c) => {
        const value = c.value(row);
        const text = value === null ? "" : nowrapIntervals(escape(String(value)));
        const style = `text-align:${c.align ?? "left"}${c.nowrap ? ";white-space:nowrap" : ""}`;
        const minGroup = c.minGroup?.(row) ?? null;
        const mark = minGroup === null ? "" : ` class="p-value" data-min-group="${minGroup}"`;
        // An empty row header (a continuation row) is a plain cell: a header must name its row.
        return c.header && text !== "" ? `<th scope="row" style="${style}"${mark}>${text}</th>` : `<td style="${style}"${mark}>${text}</td>`;
      });
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("");
  table.innerHTML = `${caption ? `<caption>${escape(caption)}</caption>` : ""}<thead><tr>${head}</tr></thead><tbody>${body}</tbody>`;
  return keyboardScrollable(table);
}

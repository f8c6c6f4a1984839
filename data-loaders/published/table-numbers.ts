import {defineNumber} from "./define-number.js";
import {TOXICITY_LABELS, TOXICITY_TABLES} from "./toxicity-tables.js";
import type {PublishedNumber} from "./types.js";

/** One entry per printed cell of Tables 1–2: grades 1–5, the total and its "±" half-width. */
export const TABLE_NUMBERS: PublishedNumber[] = TOXICITY_TABLES.flatMap((table) => {
  const arm = table.modality;
  const armLabel = arm === "chemoembolization" ? "chemoembolization" : "bland embolization";
  return table.columns.flatMap((column) => {
    const base = {location: table.id, kind: "percent" as const, endpoint: `toxicity.${column.category}`, arm, denominator: "procedures" as const, unit: "percent" as const};
    const name = TOXICITY_LABELS[column.category];
    const cells = column.grades.map((value, g) =>
      defineNumber({...base, id: `${table.id}.${column.category}.grade${g + 1}`, label: `${name}, grade ${g + 1} (% of ${armLabel} procedures)`, text: `${value}`, quote: `${name} row ${g + 1}: ${value}`})
    );
    const total = defineNumber({...base, id: `${table.id}.${column.category}.total`, label: `${name}, any grade (% of ${armLabel} procedures)`, text: `${column.total}`, quote: `Total ± 95% CI: ${column.total}${column.ciHalfWidth === null ? "" : ` ± ${column.ciHalfWidth}`}`, inferredSymbol: "±"});
    const half = column.ciHalfWidth === null ? [] : [
      defineNumber({...base, kind: "ci_half_width", id: `${table.id}.${column.category}.ci`, label: `${name}, any grade: "±" 95% CI half-width (method not stated; ${armLabel} procedures)`, text: `${column.ciHalfWidth}`, quote: `Total ± 95% CI: ${column.total} ± ${column.ciHalfWidth}`, inferredSymbol: "±"})
    ];
    return [...cells, total, ...half];
  });
});

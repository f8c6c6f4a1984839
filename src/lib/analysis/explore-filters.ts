// Filters on any /explore column, written as the reader types them and as the
// URL keeps them: conditions separated by ";", each a column, an operator and
// a value ("hormonally_active = 1; age_at_diagnosis <= 60"). Text levels
// compare as text, numbers as numbers; a patient with an empty cell in a
// filtered column is left out, as R's subset() leaves out NA.
import {exploreColumn} from "./explore-columns.js";
import type {PatientRow} from "./patient-row.js";

export type FilterOperator = "=" | "!=" | "<" | "<=" | ">" | ">=";

export interface ExploreFilter {
  column: string;
  op: FilterOperator;
  value: string;
}

// The value may not start with an operator's character, so "age <=" is missing its value rather than comparing with "=".
const CONDITION = /^\s*([a-z_0-9]+)\s*(!=|<=|>=|=|<|>)\s*([^<>=!\s].*?)\s*$/;

/** The filters of `text`; throws a message naming the condition and what was expected. */
export function parseFilters(text: string): ExploreFilter[] {
  return text
    .split(";")
    .filter((part) => part.trim() !== "")
    .map((part, k) => {
      const match = CONDITION.exec(part);
      if (!match) throw new RangeError(`condition ${k + 1}, "${part.trim()}": expected a column, an operator (=, !=, <, <=, >, >=) and a value, as "age_at_diagnosis <= 60"`);
      const [, id, op, value] = match;
      const column = exploreColumn(id);
      if (column.kind === "numeric" || ["<", "<=", ">", ">="].includes(op)) {
        if (!Number.isFinite(Number(value)) || value.trim() === "") throw new RangeError(`condition ${k + 1}, "${part.trim()}": "${value}" is not a number, expected a number to compare ${id} with`);
      }
      return {column: id, op: op as FilterOperator, value};
    });
}

export function formatFilters(filters: readonly ExploreFilter[]): string {
  return filters.map((f) => `${f.column} ${f.op} ${f.value}`).join("; ");
}

function keeps(filter: ExploreFilter, v: string | number | null): boolean {
  if (v === null) return false;
  const numeric = typeof v === "number" || ["<", "<=", ">", ">="].includes(filter.op);
  const a = numeric ? Number(v) : String(v);
  const b = numeric ? Number(filter.value) : filter.value;
  switch (filter.op) {
    case "=": return a === b;
    case "!=": return a !== b;
    case "<": return a < b;
    case "<=": return a <= b;
    case ">": return a > b;
    case ">=": return a >= b;
  }
}

export function applyFilters<P extends PatientRow>(patients: readonly P[], filters: readonly ExploreFilter[]): P[] {
  const columns = filters.map((f) => exploreColumn(f.column));
  return patients.filter((p) => filters.every((f, k) => keeps(f, columns[k].value(p))));
}

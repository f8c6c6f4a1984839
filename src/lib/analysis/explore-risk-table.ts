// What /explore can ask of the published risk table: its rows hold only the
// columns of a pattern (arm, primary tumour, hormonal activity, extrahepatic
// disease, and the tumour type read from the primary), so only those can
// group, filter, adjust or split the forest plot. An address written for
// patient rows may name others; riskTableSpec keeps the rest of the view and
// names what it left out, so the page can say so instead of showing nothing.
// Patterns MIN_CELL suppressed are reported as /progression reports them.
import {DEFAULT_SPEC, type ExploreSpec} from "./explore-spec.js";
import {applyFilters, type ExploreFilter} from "./explore-filters.js";
import type {PatientRow} from "./patient-row.js";
import type {RiskTablePattern} from "./risk-table-patients.js";
import {suppressedNote} from "./suppressed-patterns.js";

/** The /explore columns a risk-table row holds. */
export const RISK_TABLE_EXPLORE_COLUMNS: readonly string[] = ["arm", "tumor_type", "primary_tumor", "hormonally_active", "extrahepatic_disease"];

const held = (column: string) => RISK_TABLE_EXPLORE_COLUMNS.includes(column);

// A condition's column as typed, whether or not the rest of it parses.
const CONDITION_COLUMN = /^\s*([a-z_0-9]+)\s*(?:!=|<=|>=|=|<|>)/;

export interface RiskTableSpec {
  spec: ExploreSpec;
  /** Columns the address names that a risk table does not hold, in the order named. */
  unsupported: string[];
}

/** `spec` (parsed from `query`) limited to the risk table's columns, with every column of `query` it does not hold. */
export function riskTableSpec(spec: ExploreSpec, query: string): RiskTableSpec {
  const params = new URLSearchParams(query);
  const named = [
    params.get("group") ?? "",
    ...(params.get("covariates") ?? "").split(","),
    ...(params.get("subgroups") ?? "").split(","),
    ...(params.get("filter") ?? "").split(";").map((part) => CONDITION_COLUMN.exec(part)?.[1] ?? "")
  ];
  const unsupported = [...new Set(named.filter((c) => c !== "" && !held(c)))];
  // A condition that names no column stays as typed, for the filter's own message.
  const filter = spec.filter
    .split(";")
    .map((part) => part.trim())
    .filter((part) => {
      const column = CONDITION_COLUMN.exec(part)?.[1];
      return part !== "" && (column === undefined || held(column));
    })
    .join("; ");
  return {
    spec: {
      ...spec,
      group: held(spec.group) ? spec.group : DEFAULT_SPEC.group,
      covariates: spec.covariates.filter(held),
      subgroups: spec.subgroups.filter(held),
      filter
    },
    unsupported
  };
}

/** Why `filters` cannot be applied to a risk table, or null when every column is one it holds. */
export function riskTableFilterError(filters: readonly ExploreFilter[]): string | null {
  const k = filters.findIndex((f) => !held(f.column));
  if (k < 0) return null;
  return `condition ${k + 1}, "${filters[k].column}": the published risk table counts patients by ${RISK_TABLE_EXPLORE_COLUMNS.join(", ")} only, expected one of those columns`;
}

/** /progression's sentence on the patterns MIN_CELL suppressed that `filters` would have kept, or null when none. */
export function riskTableSuppression(table: {minCell: number | null; suppressed: readonly RiskTablePattern[]}, filters: readonly ExploreFilter[]): string | null {
  return suppressedNote({minCell: table.minCell, suppressed: applyFilters(table.suppressed as readonly PatientRow[], filters)}, {});
}

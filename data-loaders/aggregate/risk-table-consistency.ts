// What a risk table's counts must hold together, beyond each cell's rule, to
// stand for patients: one row per endpoint, pattern and time; entries only on
// an endpoint with delayed entry; on such an endpoint, never more patients
// leaving at a time than had entered before it, and every patient who entered
// leaving once; and no endpoint counting more of a pattern's patients than
// survival from the first embolization, which every patient has. A table
// that breaks one would give curves of negative numbers at risk or of
// patients counted twice, so the build stops at the first such row. The
// entries and exits are the engine's own check (riskTableRows, which pairs
// them): it names the count, and this names the row.
import {ENDPOINTS, type EndpointId} from "../../src/lib/analysis/endpoints.js";
import {riskTableRows, RiskTableCountsError} from "../../src/lib/survival/index.js";
import {CohortValidationError, where} from "../cohort-input/cohort-error.js";
import type {ParsedRow} from "../cohort-input/parse-table.js";
import type {RiskTableRow} from "./aggregate-cohort.js";

const patternOf = (r: RiskTableRow) => `arm ${r.arm}, primary_tumor ${r.primary_tumor}, hormonally_active ${r.hormonally_active}, extrahepatic_disease ${r.extrahepatic_disease}`;

/** The rows of one endpoint and pattern, in file order, and how many patients they count leaving. */
interface Group {
  rows: ParsedRow<RiskTableRow>[];
  leaving: number;
}

/** Throws a CohortValidationError naming the first row (file order within each check) whose counts cannot stand for patients. */
export function checkRiskTableConsistency(rows: readonly ParsedRow<RiskTableRow>[], file: string): void {
  const at = (r: ParsedRow<RiskTableRow>) => where(file, r.row, r.line);
  const seen = new Map<string, ParsedRow<RiskTableRow>>();
  const byEndpointPattern = new Map<string, Group>();
  for (const r of rows) {
    const {endpoint, time_months, entries, events, censored} = r.value;
    const key = `${endpoint}|${patternOf(r.value)}`;
    const first = seen.get(`${key}|${time_months}`);
    if (first) throw new CohortValidationError(`${at(r)}: endpoint ${endpoint}, ${patternOf(r.value)} at ${time_months} months repeats row ${first.row} (line ${first.line}); expected one row per endpoint, pattern and time`);
    seen.set(`${key}|${time_months}`, r);
    if (entries > 0 && ENDPOINTS[endpoint as EndpointId].entry === undefined) {
      throw new CohortValidationError(`${at(r)}, column entries: "${entries}" on endpoint ${endpoint}, which has no delayed entry; expected 0`);
    }
    const group = byEndpointPattern.get(key) ?? byEndpointPattern.set(key, {rows: [], leaving: 0}).get(key)!;
    group.rows.push(r);
    group.leaving += events + censored;
  }
  const patientsOf = new Map<string, number>();
  for (const {rows: group, leaving} of byEndpointPattern.values()) {
    const {endpoint} = group[0].value;
    if (endpoint === "os_embolization") patientsOf.set(patternOf(group[0].value), leaving);
    if (ENDPOINTS[endpoint as EndpointId].entry !== undefined) checkEntriesAndExits(group, leaving, at);
  }
  for (const {rows: group, leaving: counted} of byEndpointPattern.values()) {
    const {endpoint} = group[0].value;
    const pattern = patternOf(group[0].value);
    const patients = patientsOf.get(pattern) ?? 0;
    if (endpoint !== "os_embolization" && counted > patients) {
      const last = group[group.length - 1];
      throw new CohortValidationError(`${at(last)}: endpoint ${endpoint} counts ${counted} patients of ${pattern} but os_embolization counts ${patients}; expected no more than survival from the first embolization, which every patient has`);
    }
  }
}

// A patient entering at t is at risk after t: the exits at t come from those who entered before it.
function checkEntriesAndExits(group: readonly ParsedRow<RiskTableRow>[], leaving: number, at: (r: ParsedRow<RiskTableRow>) => string): void {
  const column = (name: "time_months" | "events" | "censored" | "entries") => group.map((r) => r.value[name]);
  try {
    riskTableRows({time: column("time_months"), events: column("events"), censored: column("censored"), entries: column("entries")});
  } catch (error) {
    if (!(error instanceof RiskTableCountsError)) throw error;
    const r = group[error.index];
    const {endpoint, time_months, events, censored} = r.value;
    if (error.kind === "exits-before-entries") {
      const exits = events + censored;
      throw new CohortValidationError(`${at(r)}, columns events and censored: ${exits} patients leave at ${time_months} months but ${error.atRisk} had entered before then (endpoint ${endpoint}, ${patternOf(r.value)}); expected at most ${error.atRisk}`);
    }
    throw new CohortValidationError(`${at(r)}: endpoint ${endpoint}, ${patternOf(r.value)} has ${leaving + error.atRisk} entries but ${leaving} patients leave; expected every patient who enters to leave once`);
  }
}

// What a risk table's counts must hold together, beyond each cell's rule, to
// stand for patients: one row per endpoint, pattern and time; entries only on
// an endpoint with delayed entry; on such an endpoint, never more patients
// leaving at a time than had entered before it, and every patient who entered
// leaving once; and no endpoint counting more of a pattern's patients than
// survival from the first embolization, which every patient has. A table
// that breaks one would give curves of negative numbers at risk or of
// patients counted twice, so the build stops at the first such row.
import {ENDPOINTS, type EndpointId} from "../../src/lib/analysis/endpoints.js";
import {CohortValidationError, where} from "../cohort-input/cohort-error.js";
import type {ParsedRow} from "../cohort-input/parse-table.js";
import type {RiskTableRow} from "./aggregate-cohort.js";

const patternOf = (r: RiskTableRow) => `arm ${r.arm}, primary_tumor ${r.primary_tumor}, hormonally_active ${r.hormonally_active}, extrahepatic_disease ${r.extrahepatic_disease}`;

/** Throws a CohortValidationError naming the first row (file order within each check) whose counts cannot stand for patients. */
export function checkRiskTableConsistency(rows: readonly ParsedRow<RiskTableRow>[], file: string): void {
  const at = (r: ParsedRow<RiskTableRow>) => where(file, r.row, r.line);
  const seen = new Map<string, ParsedRow<RiskTableRow>>();
  const byEndpointPattern = new Map<string, ParsedRow<RiskTableRow>[]>();
  for (const r of rows) {
    const {endpoint, time_months, entries} = r.value;
    const key = `${endpoint}|${patternOf(r.value)}`;
    const first = seen.get(`${key}|${time_months}`);
    if (first) throw new CohortValidationError(`${at(r)}: endpoint ${endpoint}, ${patternOf(r.value)} at ${time_months} months repeats row ${first.row} (line ${first.line}); expected one row per endpoint, pattern and time`);
    seen.set(`${key}|${time_months}`, r);
    if (entries > 0 && ENDPOINTS[endpoint as EndpointId].entry === undefined) {
      throw new CohortValidationError(`${at(r)}, column entries: "${entries}" on endpoint ${endpoint}, which has no delayed entry; expected 0`);
    }
    const group = byEndpointPattern.get(key) ?? [];
    group.push(r);
    byEndpointPattern.set(key, group);
  }
  const patientsOf = new Map<string, number>();
  for (const group of byEndpointPattern.values()) {
    const {endpoint} = group[0].value;
    const inOrder = [...group].sort((a, b) => a.value.time_months - b.value.time_months);
    const leaving = inOrder.reduce((n, r) => n + r.value.events + r.value.censored, 0);
    if (endpoint === "os_embolization") patientsOf.set(patternOf(group[0].value), leaving);
    if (ENDPOINTS[endpoint as EndpointId].entry === undefined) continue;
    // A patient entering at t is at risk after t: the exits at t come from those who entered before it.
    let atRisk = 0;
    for (const r of inOrder) {
      const exits = r.value.events + r.value.censored;
      if (exits > atRisk) throw new CohortValidationError(`${at(r)}, columns events and censored: ${exits} patients leave at ${r.value.time_months} months but ${atRisk} had entered before then (endpoint ${endpoint}, ${patternOf(r.value)}); expected at most ${atRisk}`);
      atRisk += r.value.entries - exits;
    }
    if (atRisk !== 0) {
      const last = inOrder[inOrder.length - 1];
      throw new CohortValidationError(`${at(last)}: endpoint ${endpoint}, ${patternOf(last.value)} has ${leaving + atRisk} entries but ${leaving} patients leave; expected every patient who enters to leave once`);
    }
  }
  for (const group of byEndpointPattern.values()) {
    const {endpoint} = group[0].value;
    const pattern = patternOf(group[0].value);
    const counted = group.reduce((n, r) => n + r.value.events + r.value.censored, 0);
    const patients = patientsOf.get(pattern) ?? 0;
    if (endpoint !== "os_embolization" && counted > patients) {
      const last = group[group.length - 1];
      throw new CohortValidationError(`${at(last)}: endpoint ${endpoint} counts ${counted} patients of ${pattern} but os_embolization counts ${patients}; expected no more than survival from the first embolization, which every patient has`);
    }
  }
}

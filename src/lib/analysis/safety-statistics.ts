// What /safety shows for one state of its tumour filter and confidence level:
// the toxicity tables, grade ≥ 3 toxicity and infection by arm with each P's
// Benjamini–Hochberg adjustment over the page's family of views, 30-day
// mortality and length of stay.
import {mean} from "d3";
import {wilsonInterval, type BinomialInterval} from "../stats/index.js";
import {filterPatients, proceduresOf, type PatientFilters} from "./filter-patients.js";
import type {PatientRow, ProcedureRow} from "./patient-row.js";
import type {ProcedureOutcome} from "./procedure-outcome.js";
import type {PageParts} from "./published-statistics.js";
import {safetyTests, type SafetyTests} from "./safety-tests.js";
import {filterFamily} from "./filter-family.js";
import {familyScope, type TestFamily} from "./test-family.js";
import {toxicitySummary, type ToxicityCell} from "./toxicity-summary.js";
import {valueCounts, type ValueCount} from "./value-counts.js";

export type SafetyTestName = keyof SafetyTests["tests"];

export interface SafetyStatistics {
  table: {
    procedures: number;
    cells: ToxicityCell[];
    severe: ProcedureOutcome;
    infection: ProcedureOutcome;
    deaths30: number;
    mortality: BinomialInterval | null;
    meanStay: {chemoembolization: number | null; bland: number | null};
    stays: ValueCount[];
  };
  /** Adjusted P by test, over every test the filter can show (under MIN_CELL, every test of the states shown). */
  adjusted: Record<SafetyTestName, number | null>;
  family: Pick<TestFamily, "views" | "tests" | "hidden">;
}

export const SAFETY_PARTS: PageParts<SafetyStatistics> = {table: ["tumor", "confLevel"], adjusted: ["tumor"], family: []};

/** Every test the filter can show, weighed once, under MIN_CELL (`minCell`) those of the states shown; the P values do not depend on the confidence level. */
export function safetyFamily(patients: readonly PatientRow[], procedures: readonly ProcedureRow[], minCell: number | null = null): TestFamily {
  return filterFamily(patients, ["tumor"], minCell, (rows) => Object.values(safetyTests(rows, proceduresOf(procedures, rows)).tests));
}

export function safetyStatistics(patients: readonly PatientRow[], procedures: readonly ProcedureRow[], {tumor, confLevel}: {tumor: PatientFilters["tumor"]; confLevel: number}, family: TestFamily): SafetyStatistics {
  const subset = filterPatients(patients, {tumor});
  const rows = proceduresOf(procedures, subset);
  const {severe, infection, tests} = safetyTests(subset, rows, {confLevel});
  const deaths30 = rows.reduce((sum, r) => sum + r.died_within_30_days, 0);
  const stay = (modality: ProcedureRow["modality"]) => mean(rows.filter((r) => r.modality === modality), (r) => r.length_of_stay_days) ?? null;
  return {
    table: {
      procedures: rows.length,
      cells: toxicitySummary(rows, confLevel),
      severe,
      infection,
      deaths30,
      mortality: rows.length ? wilsonInterval(deaths30, rows.length, {confLevel}) : null,
      meanStay: {chemoembolization: stay("chemoembolization"), bland: stay("bland")},
      stays: valueCounts(rows, (r) => r.length_of_stay_days, (r) => r.modality)
    },
    adjusted: Object.fromEntries(Object.entries(tests).map(([name, test]) => [name, family.adjusted(test.key)])) as Record<SafetyTestName, number | null>,
    family: familyScope(family)
  };
}

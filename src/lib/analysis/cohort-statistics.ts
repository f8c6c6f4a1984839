// What /cohort shows for one state of its three filters: the baseline table
// with each test's Benjamini–Hochberg P over the page's family of views, the
// tumour types and procedures per patient by arm, and the crossover table.
import {rollups} from "d3";
import {baselineTable, baselineTests, TUMOR_NAMES, type BaselineRow} from "./baseline-table.js";
import {crossoverSummary, type CrossoverRow} from "./crossover-summary.js";
import {filterPatients, proceduresOf, type PatientFilters} from "./filter-patients.js";
import type {PatientRow, ProcedureRow} from "./patient-row.js";
import type {PageParts} from "./published-statistics.js";
import {filterFamily} from "./filter-family.js";
import {familyScope, type TestFamily} from "./test-family.js";
import {valueCounts, type ValueCount} from "./value-counts.js";

export const COHORT_FILTERS = ["tumor", "hormonal", "extrahepatic"] as const;

export interface CohortStatistics {
  table: {
    baseline: BaselineRow[];
    /** Adjusted P by characteristic, over every test the filters can show (under MIN_CELL, every test of the states shown). */
    adjusted: Record<string, number | null>;
    armSizes: [number, number];
    tumours: {arm: PatientRow["arm"]; tumour: string; count: number}[];
    proceduresPerPatient: ValueCount[];
    /** Crossover patients carry their procedure counts, not their ids. */
    crossover: (Omit<CrossoverRow, "crossoverPatients"> & {crossoverPatients: {chemoembolization: number; bland: number}[]})[];
  };
  family: Pick<TestFamily, "views" | "tests" | "hidden">;
}

export const COHORT_PARTS: PageParts<CohortStatistics> = {table: [...COHORT_FILTERS], family: []};

/** Every baseline test the filters can show, weighed once; under MIN_CELL (`minCell`), those of the states shown. */
export function cohortFamily(patients: readonly PatientRow[], minCell: number | null = null): TestFamily {
  return filterFamily(patients, [...COHORT_FILTERS], minCell, (rows) => baselineTests(rows));
}

export function cohortStatistics(patients: readonly PatientRow[], procedures: readonly ProcedureRow[], filters: Partial<PatientFilters>, family: TestFamily): CohortStatistics {
  const subset = filterPatients(patients, filters);
  const baseline = baselineTable(subset);
  const adjusted = Object.fromEntries(baselineTests(subset, baseline).map((t) => [t.characteristic, family.adjusted(t.key)]));
  const arms = ["chemoembolization", "bland"] as const;
  return {
    table: {
      baseline,
      adjusted,
      armSizes: [subset.filter((p) => p.arm === arms[0]).length, subset.filter((p) => p.arm === arms[1]).length],
      tumours: rollups(subset, (rows) => rows.length, (p) => p.arm, (p) => p.primary_tumor).flatMap(([arm, byTumour]) => byTumour.map(([tumor, count]) => ({arm, tumour: TUMOR_NAMES[tumor], count}))),
      proceduresPerPatient: valueCounts(subset, (p) => p.procedures_total, (p) => p.arm),
      crossover: crossoverSummary(subset, proceduresOf(procedures, subset)).map((row) => ({...row, crossoverPatients: row.crossoverPatients.map(({chemoembolization, bland}) => ({chemoembolization, bland}))}))
    },
    family: familyScope(family)
  };
}

// The tests of /safety for one subset of patients and their procedures:
// grade 3 or worse toxicity and infection by arm, per patient and per
// procedure (compareProcedureOutcome). The page prints them; its family of
// views (test-family.ts) weighs them for every filter state.
import type {PatientRow, ProcedureRow} from "./patient-row.js";
import {compareProcedureOutcome, type ProcedureOutcome} from "./procedure-outcome.js";
import {testKey, type FamilyTest} from "./test-family.js";
import {worstGrade} from "./toxicity-summary.js";

export interface SafetyTests {
  severe: ProcedureOutcome;
  infection: ProcedureOutcome;
  /** Each P the page prints, keyed for the family of views. */
  tests: {
    severeByPatient: FamilyTest;
    severeClustered: FamilyTest;
    infectionByProcedure: FamilyTest;
    infectionClustered: FamilyTest;
    infectionByPatient: FamilyTest;
  };
}

export function safetyTests(patients: readonly PatientRow[], procedures: readonly ProcedureRow[], {confLevel = 0.95}: {confLevel?: number} = {}): SafetyTests {
  const severe = compareProcedureOutcome(patients, procedures, (r) => worstGrade(r) >= 3, {confLevel});
  const infection = compareProcedureOutcome(patients, procedures, (r) => r.grade_infection >= 1, {confLevel});
  return {
    severe,
    infection,
    tests: {
      severeByPatient: {key: testKey("severe-patients-fisher", patients), p: () => severe.byPatient.fisherP},
      severeClustered: {key: testKey("severe-procedures-robust", patients), p: () => severe.byProcedure.clustered?.p ?? null},
      infectionByProcedure: {key: testKey("infection-procedures-fisher", patients), p: () => infection.byProcedure.fisherP},
      infectionClustered: {key: testKey("infection-procedures-robust", patients), p: () => infection.byProcedure.clustered?.p ?? null},
      infectionByPatient: {key: testKey("infection-patients-fisher", patients), p: () => infection.byPatient.fisherP}
    }
  };
}

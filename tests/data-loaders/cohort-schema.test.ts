// The schema's plausibility bounds, through validateCohort so each
// message is checked in full (file, row, line, column, value, expectation).
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {CohortValidationError, validateCohort} from "../../data-loaders/read-cohort.js";
import {editCell} from "./edit-cell.js";

const SMALL = "tests/fixtures/cohorts/small";
const PATIENTS = readFileSync(join(SMALL, "patients.csv"), "utf8");
const PROCEDURES = readFileSync(join(SMALL, "procedures.csv"), "utf8");

function message(patients: string, procedures = PROCEDURES): string {
  try {
    validateCohort(patients, procedures);
  } catch (error) {
    expect(error).toBeInstanceOf(CohortValidationError);
    return (error as Error).message;
  }
  throw new Error("expected a validation error");
}

describe("plausibility bounds", () => {
  it("accepts every bound itself", () => {
    const edges: [string, string][] = [
      ["age_at_diagnosis", "0"], ["age_at_diagnosis", "120"], ["months_diagnosis_to_liver_metastases", "1200"],
      ["months_liver_metastases_to_embolization", "1.2e3"], ["os_months", "1200"], ["symptom_relief_months", "1200"]
    ];
    for (const [column, value] of edges) expect(validateCohort(editCell(PATIENTS, 1, column, value), PROCEDURES).patients, `${column} ${value}`).toHaveLength(12);
    const long = editCell(editCell(editCell(PATIENTS, 1, "os_months", "1200"), 1, "ttp_months", "1200"), 1, "tttf_months", "1200");
    expect(validateCohort(long, PROCEDURES).patients[0]).toMatchObject({ttp_months: 1200, tttf_months: 1200, os_months: 1200});
    expect(validateCohort(PATIENTS, editCell(PROCEDURES, 1, "length_of_stay_days", "365")).procedures[0].length_of_stay_days).toBe(365);
  });

  it("rejects an age outside 0 to 120 years, however it is written", () => {
    expect(message(editCell(PATIENTS, 3, "age_at_diagnosis", "1e308"))).toBe('patients.csv row 3 (line 4), column age_at_diagnosis: "1e308" is not a number from 0 to 120 (years)');
    expect(message(editCell(PATIENTS, 3, "age_at_diagnosis", "1e400"))).toBe('patients.csv row 3 (line 4), column age_at_diagnosis: "1e400" is not a number from 0 to 120 (years)');
    expect(message(editCell(PATIENTS, 1, "age_at_diagnosis", "120.5"))).toBe('patients.csv row 1 (line 2), column age_at_diagnosis: "120.5" is not a number from 0 to 120 (years)');
  });

  it("rejects every time in months beyond 1200 (100 years)", () => {
    for (const column of ["months_diagnosis_to_liver_metastases", "months_liver_metastases_to_embolization", "ttp_months", "tttf_months", "symptom_relief_months", "os_months"]) {
      const optional = ["ttp_months", "tttf_months", "symptom_relief_months"].includes(column) ? " (or empty)" : "";
      expect(message(editCell(PATIENTS, 1, column, "1200.01"))).toBe(`patients.csv row 1 (line 2), column ${column}: "1200.01" is not a number from 0 to 1200 (months)${optional}`);
    }
  });

  it("rejects a stay beyond 365 days", () => {
    expect(message(PATIENTS, editCell(PROCEDURES, 2, "length_of_stay_days", "366"))).toBe('procedures.csv row 2 (line 3), column length_of_stay_days: "366" is not a number from 0 to 365 (days)');
  });

  it("rejects procedure counts and indexes outside 1 to 100", () => {
    expect(message(editCell(PATIENTS, 1, "procedures_total", "101"))).toBe('patients.csv row 1 (line 2), column procedures_total: "101" is not an integer from 1 to 100');
    expect(message(editCell(PATIENTS, 1, "procedures_initial_cycle", "9007199254740993"))).toBe('patients.csv row 1 (line 2), column procedures_initial_cycle: "9007199254740993" is not an integer from 1 to 100');
    expect(message(PATIENTS, editCell(PROCEDURES, 4, "procedure_index", "101"))).toBe('procedures.csv row 4 (line 5), column procedure_index: "101" is not an integer from 1 to 100');
    expect(message(PATIENTS, editCell(PROCEDURES, 4, "procedure_index", "0"))).toBe('procedures.csv row 4 (line 5), column procedure_index: "0" is not an integer from 1 to 100');
  });
});

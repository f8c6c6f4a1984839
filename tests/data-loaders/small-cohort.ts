// The small supplied-cohort fixture as text, and the message a validation
// failure carries, for the tests of the cohort reader and its rules.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {expect} from "vitest";
import {CohortValidationError, validateCohort} from "../../data-loaders/read-cohort.js";

export const SMALL = "tests/fixtures/cohorts/small";
export const PATIENTS = readFileSync(join(SMALL, "patients.csv"), "utf8");
export const PROCEDURES = readFileSync(join(SMALL, "procedures.csv"), "utf8");

/** The CohortValidationError message `run` throws; fails the test if it throws nothing or something else. */
export function validationMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CohortValidationError);
    return (error as Error).message;
  }
  throw new Error("expected a validation error");
}

/** The message validateCohort gives for these two tables. */
export const message = (patients: string, procedures = PROCEDURES) => validationMessage(() => validateCohort(patients, procedures));

import {mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {cohortFiles} from "../../data-loaders/cohort-dir.js";

const fresh = () => mkdtempSync(join(tmpdir(), "cohort-dir-"));

describe("cohortFiles", () => {
  it("finds both files and publishes only the directory's base name", () => {
    const files = cohortFiles("tests/fixtures/cohorts/small");
    expect(files.name).toBe("small");
    expect(files.patients).toBe(join(process.cwd(), "tests/fixtures/cohorts/small/patients.csv"));
    expect(files.procedures).toBe(join(process.cwd(), "tests/fixtures/cohorts/small/procedures.csv"));
  });

  it("says when the directory is missing or is a file", () => {
    expect(() => cohortFiles("/nonexistent")).toThrow("COHORT_DIR=/nonexistent: no such directory");
    const file = join(fresh(), "patients.csv");
    writeFileSync(file, "");
    expect(() => cohortFiles(file)).toThrow(`COHORT_DIR=${file}: not a directory`);
  });

  it("names the file that is missing, or both", () => {
    const dir = fresh();
    expect(() => cohortFiles(dir)).toThrow(`COHORT_DIR=${dir} has neither patients.csv nor procedures.csv (a cohort directory holds both patients.csv and procedures.csv)`);
    writeFileSync(join(dir, "procedures.csv"), "");
    expect(() => cohortFiles(dir)).toThrow(`COHORT_DIR=${dir} has no patients.csv (a cohort directory holds both patients.csv and procedures.csv)`);
  });

  it("refuses a directory in place of a file", () => {
    const dir = fresh();
    writeFileSync(join(dir, "patients.csv"), "");
    mkdirSync(join(dir, "procedures.csv"));
    expect(() => cohortFiles(dir)).toThrow(`COHORT_DIR=${dir}: procedures.csv is not a file`);
  });
});

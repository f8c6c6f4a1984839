// A file with no data rows stops the build with a message of its own, rather
// than a header error (empty file) or a cohort of no patients (header only).
import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {readCohort, validateCohort} from "../../data-loaders/read-cohort.js";
import {PATIENTS, PROCEDURES} from "./small-cohort.js";

const header = (csv: string) => csv.slice(0, csv.indexOf("\n") + 1);

describe("empty cohort files", () => {
  it("rejects an empty or whitespace-only file", () => {
    for (const empty of ["", "\n", "  \r\n\t\n", "\uFEFF", "\uFEFF\n"]) {
      expect(() => validateCohort(empty, PROCEDURES), JSON.stringify(empty)).toThrow("patients.csv: no patients (the file is empty)");
      expect(() => validateCohort(PATIENTS, empty), JSON.stringify(empty)).toThrow("procedures.csv: no procedures (the file is empty)");
    }
  });

  it("rejects a header without data rows, followed by blank lines or not", () => {
    for (const tail of ["", "\n", "\n\n", "\r\n  \n"]) {
      expect(() => validateCohort(header(PATIENTS).trimEnd() + tail, PROCEDURES), JSON.stringify(tail)).toThrow("patients.csv: no patients (the file has no data rows)");
      expect(() => validateCohort(PATIENTS, header(PROCEDURES).trimEnd() + tail), JSON.stringify(tail)).toThrow("procedures.csv: no procedures (the file has no data rows)");
    }
  });

  it("still reports a wrong header before the missing rows, and a blank line between rows as a row", () => {
    expect(() => validateCohort(header(PATIENTS).replace(",sex,", ",gender,"), PROCEDURES)).toThrow('patients.csv line 1 (header), column 3: found "gender", expected "sex"');
    expect(() => validateCohort(PATIENTS.replace("\nP02,", "\n\nP02,"), PROCEDURES)).toThrow("patients.csv row 2 (line 3): 1 field, expected 27");
  });

  it("reads a 0-byte file from the cohort directory as empty", () => {
    const dir = mkdtempSync(join(tmpdir(), "cohort-"));
    writeFileSync(join(dir, "patients.csv"), PATIENTS);
    writeFileSync(join(dir, "procedures.csv"), "");
    expect(() => readCohort(dir)).toThrow("procedures.csv: no procedures (the file is empty)");
  });
});

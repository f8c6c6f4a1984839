import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {PATIENT_COLUMNS, PROCEDURE_COLUMNS} from "../../data-loaders/cohort-schema.js";
import {readCohort, toCsv, validateCohort, formatCell} from "../../data-loaders/read-cohort.js";
import {editCell} from "./edit-cell.js";
import {SMALL, PATIENTS, PROCEDURES, message} from "./small-cohort.js";

describe("the small fixture cohort", () => {
  const cohort = readCohort(SMALL);

  it("loads completely", () => {
    expect(cohort.patients).toHaveLength(12);
    expect(cohort.procedures).toHaveLength(32);
    expect(cohort.source).toEqual({kind: "supplied", dir: "small"});
    expect(new Set(cohort.patients.map((p) => p.arm))).toEqual(new Set(["chemoembolization", "bland"]));
    expect(cohort.patients.filter((p) => p.primary_tumor === "carcinoid")).toHaveLength(6);
    expect(cohort.patients.filter((p) => p.os_event === 1)).toHaveLength(6);
    expect(cohort.patients.filter((p) => p.os_event === 0)).toHaveLength(6);
    expect(cohort.procedures.filter((q) => q.modality === "bland")).toHaveLength(12);
  });

  it("parses types and empty cells", () => {
    expect(cohort.patients[5]).toMatchObject({id: "P06", response_1mo: null, ttp_months: null, ttp_event: null, symptom_relief: null, os_months: 2, os_event: 0});
    expect(cohort.patients[11]).toMatchObject({id: "P12", os_months: 26.25, ttp_event: 0, symptom_relief_months: 9});
    expect(cohort.procedures[27]).toMatchObject({patient_id: "P11", died_within_30_days: 1, grade_other: 5, length_of_stay_days: 9});
  });

  it("writes back byte-identical CSV in schema order", () => {
    const out = toCsv(cohort.patients, cohort.procedures);
    expect(out.patients).toBe(PATIENTS);
    expect(out.procedures).toBe(PROCEDURES);
    expect(out.patients.split("\n")[0]).toBe(PATIENT_COLUMNS.join(","));
    expect(out.procedures.split("\n")[0]).toBe(PROCEDURE_COLUMNS.join(","));
  });

  it("formats numbers stably", () => {
    expect([formatCell(null), formatCell(3), formatCell(-0), formatCell(1 / 3), formatCell(2.5), formatCell(12.00004), formatCell(0.00004), formatCell(1e-7), formatCell("x")]).toEqual(
      ["", "3", "0", "0.3333333333333333", "2.5", "12.00004", "0.00004", "1e-7", "x"]
    );
    expect(() => formatCell(Number.NaN)).toThrow("cannot write NaN to a cohort CSV");
  });

  it("accepts a byte-order mark and reports a quoted line break at the line its row starts on", () => {
    expect(validateCohort("\uFEFF" + PATIENTS, PROCEDURES).patients).toHaveLength(12);
    // No cell may hold a line break (ids must be printable), so a multi-line row always stops the build at that row.
    expect(message(editCell(PATIENTS, 2, "arm", "chemo\nembolization"), PROCEDURES)).toBe("patients.csv row 2 (line 3), column arm: \"chemo\\nembolization\" is not one of chemoembolization, bland");
    expect(message(editCell(PATIENTS, 1, "id", "P\n01"), PROCEDURES)).toBe("patients.csv row 1 (line 2), column id: \"P\\n01\" contains the non-printable character U+000A at character 2; an id must be printable");
  });
});

describe("validation errors", () => {
  it("rejects a wrong header", () => {
    expect(message(PATIENTS.replace(",sex,", ",gender,"), PROCEDURES)).toBe("patients.csv line 1 (header), column 3: found \"gender\", expected \"sex\"");
    expect(message(PATIENTS, PROCEDURES.replace(",grade_other", ""))).toBe("procedures.csv line 1 (header), column 18: found nothing, expected \"grade_other\"");
    expect(message(PATIENTS.replace(",os_event\n", ",os_event,extra\n"), PROCEDURES)).toBe("patients.csv line 1 (header), column 28: found \"extra\", expected no more columns");
  });

  it("says why a header differs when it can tell: semicolons or tabs, a column left out, one out of place", () => {
    const semicolons = PATIENTS.replace(/,/g, ";");
    expect(message(semicolons, PROCEDURES)).toMatch(/^patients\.csv line 1 \(header\), column 1: found "id;arm;sex;.*… \(\d+ characters\), expected "id"; its columns are separated by semicolons: save the file as CSV with commas between columns$/);
    expect(message(PATIENTS.replace(/,/g, "\t"), PROCEDURES)).toContain("; its columns are separated by tabs: save the file as CSV with commas between columns");
    const header = PATIENTS.slice(0, PATIENTS.indexOf("\n"));
    const withoutSex = PATIENTS.replace(header, header.replace(",sex,", ","));
    expect(message(withoutSex, PROCEDURES)).toBe('patients.csv line 1 (header), column 3: found "age_at_diagnosis", expected "sex"; column sex is missing');
    const swapped = PATIENTS.replace(header, header.replace("arm,sex", "sex,arm"));
    expect(message(swapped, PROCEDURES)).toBe('patients.csv line 1 (header), column 2: found "sex", expected "arm"; arm is at column 3: the columns must come in the schema\'s order');
  });

  it("says when a number was written with a decimal comma", () => {
    expect(message(editCell(PATIENTS, 1, "ttp_months", "12,5"), PROCEDURES)).toBe('patients.csv row 1 (line 2), column ttp_months: "12,5" is not a number from 0 to 1200 (months) (or empty) (a decimal comma: write 12.5)');
    expect(message(editCell(PATIENTS, 1, "arm", "12,5"), PROCEDURES)).not.toContain("decimal comma");
  });

  it("rejects an unknown category", () => {
    expect(message(editCell(PATIENTS, 3, "arm", "chemo"), PROCEDURES)).toBe("patients.csv row 3 (line 4), column arm: \"chemo\" is not one of chemoembolization, bland");
    expect(message(editCell(PATIENTS, 2, "primary_tumor", "insulinoma"), PROCEDURES)).toBe("patients.csv row 2 (line 3), column primary_tumor: \"insulinoma\" is not one of carcinoid, pancreatic_islet, gastrinoma, other_net, uncharacterized");
    expect(message(editCell(PATIENTS, 1, "response_1mo", "partial"), PROCEDURES)).toBe("patients.csv row 1 (line 2), column response_1mo: \"partial\" is not one of regression, stabilization, progression (or empty)");
    expect(message(PATIENTS, editCell(PROCEDURES, 4, "modality", "TACE"))).toBe("procedures.csv row 4 (line 5), column modality: \"TACE\" is not one of chemoembolization, bland");
  });

  it("rejects a negative or non-numeric time", () => {
    expect(message(editCell(PATIENTS, 5, "os_months", "-1"), PROCEDURES)).toBe("patients.csv row 5 (line 6), column os_months: \"-1\" is not a number from 0 to 1200 (months)");
    expect(message(editCell(PATIENTS, 4, "ttp_months", "abc"), PROCEDURES)).toBe("patients.csv row 4 (line 5), column ttp_months: \"abc\" is not a number from 0 to 1200 (months) (or empty)");
    expect(message(editCell(PATIENTS, 6, "os_months", ""), PROCEDURES)).toBe("patients.csv row 6 (line 7), column os_months: \"\" is not a number from 0 to 1200 (months)");
    expect(message(PATIENTS, editCell(PROCEDURES, 2, "length_of_stay_days", "1,5"))).toBe("procedures.csv row 2 (line 3), column length_of_stay_days: \"1,5\" is not a number from 0 to 365 (days) (a decimal comma: write 1.5)");
  });

  it("rejects an event flag that is not 0 or 1", () => {
    expect(message(editCell(PATIENTS, 7, "os_event", "2"), PROCEDURES)).toBe("patients.csv row 7 (line 8), column os_event: \"2\" is not 0 or 1");
    expect(message(editCell(PATIENTS, 8, "tttf_event", "yes"), PROCEDURES)).toBe("patients.csv row 8 (line 9), column tttf_event: \"yes\" is not 0 or 1 (or empty)");
  });

  it("rejects a procedure of an unknown patient", () => {
    expect(message(PATIENTS, editCell(PROCEDURES, 10, "patient_id", "P99"))).toBe("procedures.csv row 10 (line 11), column patient_id: \"P99\" is not an id in patients.csv");
  });

  it("rejects duplicated ids", () => {
    expect(message(editCell(PATIENTS, 9, "id", "P02"), PROCEDURES)).toBe("patients.csv row 9 (line 10), column id: \"P02\" duplicates row 2 (line 3)");
    expect(message(PATIENTS, editCell(PROCEDURES, 3, "procedure_index", "2"))).toBe("procedures.csv row 3 (line 4), columns patient_id, procedure_index: (\"P01\", 2) duplicates row 2 (line 3)");
  });

  it("rejects a missing file, naming the directory and the file", () => {
    const dir = mkdtempSync(join(tmpdir(), "cohort-"));
    expect(() => readCohort(dir)).toThrow(`COHORT_DIR=${dir} has neither patients.csv nor procedures.csv (a cohort directory holds both patients.csv and procedures.csv)`);
    writeFileSync(join(dir, "patients.csv"), PATIENTS);
    expect(() => readCohort(dir)).toThrow(`COHORT_DIR=${dir} has no procedures.csv (a cohort directory holds both patients.csv and procedures.csv)`);
    writeFileSync(join(dir, "procedures.csv"), editCell(PROCEDURES, 1, "grade_pain", "6"));
    expect(() => readCohort(dir)).toThrow("procedures.csv row 1 (line 2), column grade_pain: \"6\" is not a CTCAE grade 0, 1, 2, 3, 4 or 5");
  });

  it("rejects rows of the wrong width and cross-column contradictions", () => {
    expect(message(PATIENTS.replace("\nP03,", "\nP03,extra,"), PROCEDURES)).toBe("patients.csv row 3 (line 4): 28 fields, expected 27");
    expect(message(editCell(PATIENTS, 3, "ttp_event", ""), PROCEDURES)).toBe("patients.csv row 3 (line 4), column ttp_event: \"\" must be filled because ttp_months is \"7\" (ttp_months and ttp_event are empty together)");
    expect(message(editCell(PATIENTS, 3, "symptom_relief_months", "4"), PROCEDURES)).toBe("patients.csv row 3 (line 4), column symptom_relief_months: \"4\" must be empty because symptom_relief is \"\"");
    expect(message(editCell(PATIENTS, 1, "symptom_relief_months", ""), PROCEDURES)).toBe("patients.csv row 1 (line 2), column symptom_relief_months: \"\" must be filled because symptom_relief is 1");
    expect(message(editCell(PATIENTS, 1, "procedures_total", "5"), PROCEDURES)).toBe("patients.csv row 1 (line 2), column procedures_total: \"5\" does not match the 4 rows of patient \"P01\" in procedures.csv");
    expect(message(editCell(PATIENTS, 2, "procedures_initial_cycle", "3"), PROCEDURES)).toBe("patients.csv row 2 (line 3), column procedures_initial_cycle: \"3\" exceeds procedures_total 2");
    expect(message(editCell(PATIENTS, 2, "procedures_initial_cycle", "0"), PROCEDURES)).toBe("patients.csv row 2 (line 3), column procedures_initial_cycle: \"0\" is not an integer from 1 to 100");
  });
});

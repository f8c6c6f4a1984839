// The schema's plausibility bounds and id rules, through validateCohort so each
// message is checked in full (file, row, line, column, value, expectation).
import {describe, expect, it} from "vitest";
import {validateCohort} from "../../data-loaders/read-cohort.js";
import {editCell} from "./edit-cell.js";
import {PATIENTS, PROCEDURES, message} from "./small-cohort.js";

/** The fixture with P01's id (and its procedures' patient_id) replaced. */
function withId(id: string): [string, string] {
  const procedures = [1, 2, 3, 4].reduce((csv, row) => editCell(csv, row, "patient_id", id), PROCEDURES);
  return [editCell(PATIENTS, 1, "id", id), procedures];
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

describe("ids", () => {
  it("accepts 64 characters, counted as code points, and right-to-left letters", () => {
    for (const id of ["P".repeat(64), "😀".repeat(64), "مريض-١", "חולה 7", "P-01", "P01=", "São Paulo 01"]) {
      const [patients, procedures] = withId(id);
      expect(validateCohort(patients, procedures).patients[0].id).toBe(id);
    }
  });

  it("rejects an id longer than 64 characters, saying its length", () => {
    expect(message(editCell(PATIENTS, 2, "id", "P".repeat(65)))).toBe(`patients.csv row 2 (line 3), column id: "${"P".repeat(64)}"… (65 characters) is 65 characters long; an id has at most 64`);
    expect(message(PATIENTS, editCell(PROCEDURES, 1, "patient_id", "😀".repeat(70)))).toBe(`procedures.csv row 1 (line 2), column patient_id: "${"😀".repeat(64)}"… (70 characters) is 70 characters long; an id has at most 64`);
  });

  it("rejects a control, format, separator, private-use or unassigned character, naming its code point", () => {
    const cases: [string, string, string][] = [
      ["P\u001b01", "P\\u001b01", "U+001B at character 2"],
      ["P01\u0000", "P01\\u0000", "U+0000 at character 4"],
      ["P\u0085", "P\\u0085", "U+0085 at character 2"],
      ["\u202eP01", "\\u202EP01", "U+202E at character 1"],
      ["P\u200b01", "P\\u200B01", "U+200B at character 2"],
      ["P01\u2028", "P01\\u2028", "U+2028 at character 4"],
      ["😀P\ue000", "😀P\\uE000", "U+E000 at character 3"],
      ["P\u{e0001}", "P\\uDB40\\uDC01", "U+E0001 at character 2"],
      ["P\u0378", "P\\u0378", "U+0378 at character 2"]
    ];
    for (const [id, shown, where] of cases) {
      expect(message(editCell(PATIENTS, 2, "id", id))).toBe(`patients.csv row 2 (line 3), column id: "${shown}" contains the non-printable character ${where}; an id must be printable`);
    }
    expect(message(PATIENTS, editCell(PROCEDURES, 3, "patient_id", "P\u000701"))).toBe('procedures.csv row 3 (line 4), column patient_id: "P\\u000701" contains the non-printable character U+0007 at character 2; an id must be printable');
  });

  it("rejects an id a spreadsheet would run as a formula", () => {
    for (const start of ["=", "+", "-", "@"]) {
      expect(message(editCell(PATIENTS, 4, "id", `${start}1+1`))).toBe(`patients.csv row 4 (line 5), column id: "${start}1+1" starts with "${start}", which a spreadsheet would run as a formula; an id must not start with =, +, - or @`);
    }
    expect(message(PATIENTS, editCell(PROCEDURES, 1, "patient_id", '=HYPERLINK("http://x")'))).toBe(
      'procedures.csv row 1 (line 2), column patient_id: "=HYPERLINK(\\"http://x\\")" starts with "=", which a spreadsheet would run as a formula; an id must not start with =, +, - or @'
    );
  });

  it("keeps the rule for empty ids and surrounding spaces", () => {
    expect(message(editCell(PATIENTS, 2, "id", ""))).toBe('patients.csv row 2 (line 3), column id: "" is not a non-empty identifier without surrounding spaces');
    expect(message(editCell(PATIENTS, 2, "id", " P02"))).toBe('patients.csv row 2 (line 3), column id: " P02" is not a non-empty identifier without surrounding spaces');
    expect(message(editCell(PATIENTS, 2, "id", "P02\u00a0"))).toBe('patients.csv row 2 (line 3), column id: "P02\u00a0" is not a non-empty identifier without surrounding spaces');
  });
});

import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {PATIENT_COLUMNS, PROCEDURE_COLUMNS} from "../../src/lib/analysis/cohort-columns.js";
import {parseCohortCsv, parsePatients, parseProcedures} from "../../src/lib/analysis/parse-cohort-csv.js";
import {readCohort} from "../../data-loaders/read-cohort.js";
import {editCell} from "../data-loaders/edit-cell.js";

const SMALL = "tests/fixtures/cohorts/small";
const PATIENTS = readFileSync(`${SMALL}/patients.csv`, "utf8");
const PROCEDURES = readFileSync(`${SMALL}/procedures.csv`, "utf8");

describe("parsePatients and parseProcedures", () => {
  it("read exactly what the build validated", () => {
    const validated = readCohort(SMALL);
    expect(parsePatients(PATIENTS)).toEqual(validated.patients);
    expect(parseProcedures(PROCEDURES)).toEqual(validated.procedures);
  });

  it("keep ids that look like numbers, booleans or dates as distinct strings", () => {
    const ids = ["1", "01", "1.0", "1e0", "true", "NaN", "2020-01-01", "null", "Infinity", "0x1", "1,0", "<b>1</b>"];
    let text = PATIENTS;
    ids.forEach((id, i) => (text = editCell(text, i + 1, "id", id)));
    const patients = parsePatients(text);
    expect(patients.map((p) => p.id)).toEqual(ids);
    expect(new Set(patients.map((p) => p.id)).size).toBe(12);
  });

  it("read flags and counts as integers, times as numbers, empty cells as null", () => {
    const [first] = parsePatients(PATIENTS);
    expect(first).toMatchObject({id: "P01", hormonally_active: 1, procedures_total: 4, os_months: 48.2, os_event: 1});
    expect(parsePatients(PATIENTS)[5]).toMatchObject({response_1mo: null, ttp_months: null, ttp_event: null, symptom_relief: null});
    expect(parsePatients(editCell(PATIENTS, 1, "os_months", "0.00004"))[0].os_months).toBe(0.00004);
    for (const row of parseProcedures(PROCEDURES)) expect(typeof row.patient_id).toBe("string");
  });

  it("refuse a table that is not the schema's", () => {
    expect(() => parsePatients(PROCEDURES)).toThrow("patients.csv: the header is not the cohort schema's (27 columns from id)");
    expect(() => parseCohortCsv("a,b\n1\n", ["a", "b"], {a: "integer", b: "string"}, "t.csv")).toThrow("t.csv row 1: 1 fields, expected 2");
    expect(PATIENT_COLUMNS).toHaveLength(27);
    expect(PROCEDURE_COLUMNS).toHaveLength(18);
  });
});

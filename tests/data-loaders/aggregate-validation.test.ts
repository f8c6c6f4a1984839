// The SQL validation (validate-in-duckdb.ts) against the build's validator,
// the reference: for a bad file of every kind the build refuses, the message
// from SQL is word for word the reference's, on CSV and on Parquet (as text
// and with typed columns); a valid cohort gives the same definition checks.
// Each case asserts SQL did the work, not the reference fallback.
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {csvParseRows} from "d3";
import {afterAll, describe, expect, it} from "vitest";
import {loadCohort, validateByReference} from "../../data-loaders/aggregate/load-cohort.js";
import {CohortSql, NotForSql} from "../../data-loaders/aggregate/validate-in-duckdb.js";
import {CohortValidationError} from "../../data-loaders/cohort-input/cohort-error.js";
import {editCell} from "./edit-cell.js";

const dir = mkdtempSync(join(tmpdir(), "aggregate-validation-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));
const patientsCsv = readFileSync("tests/fixtures/reconstruction/patients.csv", "utf8");
const proceduresCsv = readFileSync("tests/fixtures/reconstruction/procedures.csv", "utf8");

async function withConnection<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    return await work(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

type Outcome = {message: string} | {definitionChecks: unknown};

async function outcome(work: () => Promise<unknown>): Promise<Outcome> {
  try {
    return {definitionChecks: await work()};
  } catch (error) {
    if (error instanceof NotForSql) throw new Error(`SQL handed the files to the reference: ${error.message}`);
    if (!(error instanceof CohortValidationError)) throw error;
    return {message: error.message};
  }
}

/** Both validators on the same two files. */
async function compare(patients: string, procedures: string): Promise<{sql: Outcome; reference: Outcome}> {
  const files = {patients, procedures};
  const reference = await withConnection((c) => outcome(() => validateByReference(c, files)));
  const format = (path: string) => (path.endsWith(".csv") ? ("csv" as const) : ("parquet" as const));
  const sql = await withConnection((c) =>
    outcome(() => new CohortSql(c).validate({patients: {path: patients, format: format(patients)}, procedures: {path: procedures, format: format(procedures)}}))
  );
  return {sql, reference};
}

let serial = 0;
/** Each case in its own directory, so the files keep the build's names. */
function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, String(++serial));
  mkdirSync(path);
  writeFileSync(join(path, name), content);
  return join(path, name);
}

/** A Parquet copy of a CSV file: every column as text (bad cells survive), or typed as DuckDB reads them. */
async function parquet(csvPath: string, name: string, typed: boolean): Promise<string> {
  const path = csvPath.replace(/[^/]+$/, name);
  await withConnection((c) => c.run(`COPY (SELECT * FROM read_csv('${csvPath}', header = true${typed ? "" : ", all_varchar = true"})) TO '${path}' (FORMAT parquet)`));
  return path;
}

const bytes = (text: string) => new TextEncoder().encode(text);
const lines = (text: string) => text.split("\n");
const withLine = (text: string, k: number, line: string) => lines(text).map((l, i) => (i === k ? line : l)).join("\n");
const dropRow = (text: string, row: number) => lines(text).filter((_, i) => i !== row).join("\n");
const cellOf = (text: string, row: number, column: string) => {
  const rows = csvParseRows(text);
  return rows[row][rows[0].indexOf(column)];
};
const withBadByte = (text: string, line: number, column: number) => {
  const encoded = bytes(text);
  let start = 0;
  for (let k = 1; k < line; ++k) start = encoded.indexOf(10, start) + 1;
  const out = new Uint8Array(encoded.length + 1);
  out.set(encoded.subarray(0, start + column));
  out[start + column] = 0xff;
  out.set(encoded.subarray(start + column), start + column + 1);
  return out;
};

const edits = (text: string, changes: [number, string, string][]) => changes.reduce((t, [row, column, value]) => editCell(t, row, column, value), text);
const flipped = (text: string, row: number) => (cellOf(text, row, "retreated") === "1" ? "0" : "1");

/** [what, patients, procedures, also as Parquet]: every kind of problem the build reports. */
const CASES: [string, string | Uint8Array, string | Uint8Array, boolean][] = [
  ["a non-numeric time", editCell(patientsCsv, 4, "os_months", "abc"), proceduresCsv, true],
  ["a negative time", editCell(patientsCsv, 5, "os_months", "-1"), proceduresCsv, true],
  ["a time above 1200 months", editCell(patientsCsv, 9, "months_diagnosis_to_liver_metastases", "1200.5"), proceduresCsv, true],
  ["a time of 1e308", editCell(patientsCsv, 9, "ttp_months", "1e308"), proceduresCsv, true],
  ["an age above 120", editCell(patientsCsv, 6, "age_at_diagnosis", "121"), proceduresCsv, true],
  ["a length of stay above 365 days", patientsCsv, editCell(proceduresCsv, 12, "length_of_stay_days", "400"), true],
  ["a number in another notation", editCell(patientsCsv, 6, "age_at_diagnosis", "0x10"), proceduresCsv, true],
  ["an unknown arm", editCell(patientsCsv, 3, "arm", "chemo"), proceduresCsv, true],
  ["an unknown sex", editCell(patientsCsv, 3, "sex", "f"), proceduresCsv, true],
  ["an unknown primary tumour", editCell(patientsCsv, 8, "primary_tumor", "lung"), proceduresCsv, true],
  ["an unknown response", editCell(patientsCsv, 8, "response_1mo", "partial"), proceduresCsv, true],
  ["an unknown modality", patientsCsv, editCell(proceduresCsv, 5, "modality", "TACE"), true],
  ["a flag of 2", editCell(patientsCsv, 10, "os_event", "2"), proceduresCsv, true],
  ["an empty required cell", editCell(patientsCsv, 2, "os_event", ""), proceduresCsv, true],
  ["a count of 0", editCell(patientsCsv, 2, "procedures_initial_cycle", "0"), proceduresCsv, true],
  ["a count that is not an integer", editCell(patientsCsv, 2, "procedures_total", "2.5"), proceduresCsv, true],
  ["a grade out of range", patientsCsv, editCell(proceduresCsv, 2, "grade_pain", "7"), true],
  ["a negative grade", patientsCsv, editCell(proceduresCsv, 2, "grade_pain", "-1"), true],
  ["an age beyond doubles' integers (a BIGINT column when typed)", editCell(patientsCsv, 6, "age_at_diagnosis", "9007199254740993"), proceduresCsv, true],
  ["a flag beyond doubles' integers (a BIGINT column when typed)", editCell(patientsCsv, 6, "prior_radiation", "9007199254740993"), proceduresCsv, true],
  ["two problems: the earlier row is reported", editCell(editCell(patientsCsv, 20, "arm", "x"), 11, "sex", "y"), proceduresCsv, true],
  ["two problems in a row: the left column is reported", editCell(editCell(patientsCsv, 11, "os_event", "x"), 11, "sex", "y"), proceduresCsv, true],
  ["a duplicated id", editCell(patientsCsv, 7, "id", cellOf(patientsCsv, 2, "id")), proceduresCsv, true],
  ["a duplicate after a cross-column problem", editCell(editCell(patientsCsv, 30, "id", cellOf(patientsCsv, 2, "id")), 12, "ttp_event", ""), proceduresCsv, true],
  ["a formula id", editCell(patientsCsv, 1, "id", "=1+1"), proceduresCsv, true],
  ["an id with a leading space", editCell(patientsCsv, 4, "id", " P004"), proceduresCsv, true],
  ["an id with a control character", editCell(patientsCsv, 4, "id", "P\u001b004"), proceduresCsv, true],
  ["an id with a bidi override", editCell(patientsCsv, 4, "id", "P\u202e004"), proceduresCsv, true],
  ["an id ending in a no-break space", editCell(patientsCsv, 4, "id", "P004\u00a0"), proceduresCsv, true],
  ["an id of 65 characters", editCell(patientsCsv, 4, "id", "P".repeat(65)), proceduresCsv, true],
  ["an id of 65 characters, not all ASCII", editCell(patientsCsv, 4, "id", "é".repeat(65)), proceduresCsv, true],
  ["an empty id", editCell(patientsCsv, 4, "id", ""), proceduresCsv, true],
  ["a long value, cut in the message", editCell(patientsCsv, 4, "arm", "x".repeat(500)), proceduresCsv, true],
  ["an id with a line break, on its own line", editCell(patientsCsv, 3, "id", "P\n003"), proceduresCsv, true],
  ["TTP without its event", editCell(patientsCsv, 1, "ttp_event", ""), proceduresCsv, true],
  ["a TTTF event without TTTF", editCell(patientsCsv, 7, "tttf_months", ""), proceduresCsv, true],
  ["relief without its duration", editCell(editCell(patientsCsv, 2, "symptom_relief", "1"), 2, "symptom_relief_months", ""), proceduresCsv, true],
  ["a duration without relief", editCell(patientsCsv, 1, "symptom_relief_months", "3"), proceduresCsv, true],
  ["an initial cycle longer than all procedures", editCell(patientsCsv, 1, "procedures_initial_cycle", "5"), proceduresCsv, true],
  ["a procedure of an unknown patient", patientsCsv, editCell(proceduresCsv, 9, "patient_id", "nobody"), true],
  ["a repeated procedure index", patientsCsv, editCell(proceduresCsv, 3, "procedure_index", "1"), true],
  ["a repeated procedure index written differently", patientsCsv, editCell(proceduresCsv, 3, "procedure_index", "01"), true],
  ["a procedure count that does not match", patientsCsv, dropRow(proceduresCsv, 4), true],
  [
    "definition checks broken (reported, not refused)",
    edits(patientsCsv, [[7, "ttp_months", "500"], [7, "tttf_months", "7"], [2, "tttf_months", "200"], [1, "retreated", "1"], [1, "os_event", "0"]]),
    edits(proceduresCsv, [[1, "died_within_30_days", "1"], [2, "died_within_30_days", "1"]]),
    true
  ],
  ["definition broken by more rows than it shows", edits(patientsCsv, Array.from({length: 15}, (_, k) => [2 * k + 1, "retreated", flipped(patientsCsv, 2 * k + 1)])), proceduresCsv, true],
  ["an empty patients file", "", proceduresCsv, false],
  ["a procedures file of white space", patientsCsv, " \n\t\n", false],
  ["a header only", `${lines(patientsCsv)[0]}\n`, proceduresCsv, false],
  ["a header and blank lines", `${lines(patientsCsv)[0]}\n\n \n`, proceduresCsv, false],
  ["a missing header column", patientsCsv.replace(",sex,", ","), proceduresCsv, false],
  ["an extra header column", patientsCsv.replace("\n", ",note\n"), proceduresCsv, false],
  ["a misspelt header column", patientsCsv.replace("os_event", "os_evnt"), proceduresCsv, false],
  ["a row with a field missing", withLine(patientsCsv, 6, lines(patientsCsv)[6].replace(/,[^,]*$/, "")), proceduresCsv, false],
  ["a row with an extra field", patientsCsv, withLine(proceduresCsv, 20, `${lines(proceduresCsv)[20]},0`), false],
  ["a blank line between rows", withLine(patientsCsv, 10, ""), proceduresCsv, false],
  ["a bad cell before a ragged row", withLine(editCell(patientsCsv, 3, "sex", "x"), 10, "P010"), proceduresCsv, false],
  ["a trailing blank line", `${patientsCsv}\n`, proceduresCsv, false],
  ["a byte that is not UTF-8 in patients", withBadByte(patientsCsv, 12, 3), proceduresCsv, false],
  ["a byte that is not UTF-8 on line 1 after a BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...withBadByte(patientsCsv, 1, 2)]), proceduresCsv, false],
  ["a byte that is not UTF-8 in procedures, after a bad cell in patients", editCell(patientsCsv, 3, "arm", "x"), withBadByte(proceduresCsv, 100, 0), false],
  ["a truncated UTF-8 sequence at the end", patientsCsv, new Uint8Array([...bytes(proceduresCsv), 0xc3]), false],
  ["a byte-order mark and CRLF line ends, and a bad cell", `\ufeff${editCell(patientsCsv, 40, "arm", "x").replaceAll("\n", "\r\n")}`, proceduresCsv, false]
];

describe("SQL validation gives the reference's message word for word", () => {
  for (const [what, patients, procedures, asParquet] of CASES) {
    it(what, async () => {
      const csv = {patients: write("patients.csv", patients), procedures: write("procedures.csv", procedures)};
      const {sql, reference} = await compare(csv.patients, csv.procedures);
      expect(sql).toEqual(reference);
      if (what.startsWith("definition")) expect((reference as {definitionChecks: {count: number}[]}).definitionChecks.filter((c) => c.count > 0).length).toBeGreaterThanOrEqual(1);
      else expect(reference).toHaveProperty("message");
      if (!asParquet) return;
      for (const typed of [false, true]) {
        const files = {patients: await parquet(csv.patients, `patients-${typed}.parquet`, typed), procedures: await parquet(csv.procedures, `procedures-${typed}.parquet`, typed)};
        const both = await compare(files.patients, files.procedures);
        expect(both.sql).toEqual(both.reference);
        if ("message" in reference && !typed) expect(both.reference).toEqual({message: reference.message.replaceAll(".csv", `-${typed}.parquet`)});
      }
    });
  }
});

it("SQL validation of the valid reconstruction finds what the reference finds", async () => {
  const files = {patients: write("patients.csv", patientsCsv), procedures: write("procedures.csv", proceduresCsv)};
  const {sql, reference} = await compare(files.patients, files.procedures);
  expect(reference).toHaveProperty("definitionChecks");
  expect(sql).toEqual(reference);
});

describe("files SQL would read unlike the build go to the reference, which loadCohort then runs", () => {
  const cases: [string, string, string][] = [
    ["a quote inside an unquoted field", editCell(patientsCsv, 3, "arm", "x").replace("P005", 'P"005'), "patients.csv: a quote inside an unquoted field"],
    ["both LF and CRLF line ends", editCell(patientsCsv, 3, "arm", "x").replace("\n", "\r\n"), "patients.csv: both LF and CRLF line ends"],
    ["a record longer than DuckDB reads", editCell(patientsCsv, 3, "arm", "x".repeat(3 << 20)), "patients.csv: DuckDB cannot read it"]
  ];
  for (const [what, patients, why] of cases) {
    it(what, async () => {
      const files = {patients: write("patients.csv", patients), procedures: write("procedures.csv", proceduresCsv)};
      await withConnection(async (c) => {
        await expect(new CohortSql(c).validate({patients: {path: files.patients, format: "csv"}, procedures: {path: files.procedures, format: "csv"}})).rejects.toThrow(why);
      });
      const reference = await withConnection((c) => outcome(() => validateByReference(c, files)));
      expect(reference).toHaveProperty("message");
      await withConnection(async (c) => {
        await expect(loadCohort(c, files)).rejects.toThrow(new CohortValidationError((reference as {message: string}).message));
      });
    });
  }
});

// risk-table.sql on DuckDB gives, from the reconstruction's files (CSV or
// Parquet), the counts aggregateRows finds in the rows the pages analyse; and
// a bad cohort stops the DuckDB path with the CSV path's message.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {DuckDBInstance} from "@duckdb/node-api";
import {afterAll, describe, expect, it} from "vitest";
import {aggregateCohort, RISK_TABLE_SQL, type RiskTableRow} from "../../data-loaders/aggregate/aggregate-cohort.js";
import {loadCohort} from "../../data-loaders/aggregate/load-cohort.js";
import {validateCohort} from "../../data-loaders/cohort-input/validate-cohort.js";
import {ENDPOINTS, endpointData, type EndpointId} from "../../src/lib/analysis/endpoints.js";
import {aggregateRows} from "../../src/lib/survival/index.js";
import {parsePatients} from "../../src/lib/analysis/parse-cohort-csv.js";
import type {PatientRow} from "../../src/lib/analysis/patient-row.js";
import {patients} from "../analysis/reference-cohort.js";
import {syntheticCohortCsv} from "../support/synthetic-cohort.js";
import {editCell} from "./edit-cell.js";

const dir = mkdtempSync(join(tmpdir(), "aggregate-cohort-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));
const fixture = (name: string) => `tests/fixtures/reconstruction/${name}`;
const patientsCsv = readFileSync(fixture("patients.csv"), "utf8");
const proceduresCsv = readFileSync(fixture("procedures.csv"), "utf8");

/** The risk table as aggregateRows finds it: one weighted row per (time, event, entry, pattern), summed per time. */
function riskTableOfRows(patients: readonly PatientRow[]): RiskTableRow[] {
  const cells = new Map<string, RiskTableRow>();
  for (const endpoint of Object.keys(ENDPOINTS) as EndpointId[]) {
    const data = endpointData(patients, endpoint);
    const entryOf = ENDPOINTS[endpoint].entry;
    const entries = entryOf ? data.rows.map(entryOf) : undefined;
    // As the pages: with delayed entry, follow-up that ends at entry is left out.
    const keep = data.time.map((t, i) => entries === undefined || t > entries[i]);
    const pick = <T>(values: readonly T[]) => values.filter((_, i) => keep[i]);
    const rows = pick(data.rows);
    const table = aggregateRows({
      time: pick(data.time), event: pick(data.event), entry: entries && pick(entries),
      group: rows.map((p) => JSON.stringify([p.arm, p.primary_tumor, p.hormonally_active, p.extrahepatic_disease]))
    });
    const add = (pattern: string, time: number, key: "events" | "censored" | "entries", weight: number) => {
      const [arm, primary_tumor, hormonally_active, extrahepatic_disease] = JSON.parse(pattern);
      const id = JSON.stringify([endpoint, pattern, time]);
      const cell = cells.get(id) ?? {endpoint, arm, primary_tumor, hormonally_active, extrahepatic_disease, time_months: time, events: 0, censored: 0, entries: 0};
      cell[key] += weight;
      cells.set(id, cell);
    };
    table.weights.forEach((w, k) => {
      add(table.group![k], table.time[k], table.event[k] ? "events" : "censored", w);
      if (table.entry) add(table.group![k], table.entry[k], "entries", w);
    });
  }
  return [...cells.values()];
}

const sorted = (rows: readonly RiskTableRow[]) => rows.map((r) => JSON.stringify(r)).sort();

async function duckdb<T>(work: (run: (sql: string) => Promise<void>) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    return await work(async (sql) => void (await connection.run(sql)));
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Parquet copies of CSV files: typed columns as DuckDB reads them, or every column as text (so bad cells survive). */
async function toParquet(csvPath: string, parquetPath: string, asText: boolean): Promise<void> {
  await duckdb((run) => run(`COPY (SELECT * FROM read_csv('${csvPath}', header = true${asText ? ", all_varchar = true" : ""})) TO '${parquetPath}' (FORMAT parquet)`));
}

describe("risk-table.sql on DuckDB", () => {
  const expected = sorted(riskTableOfRows(patients));

  it("equals aggregateRows on the reconstruction's CSV files, for every endpoint and pattern", async () => {
    const {riskTable, definitionChecks} = await aggregateCohort({patients: fixture("patients.csv"), procedures: fixture("procedures.csv")});
    expect(riskTable.some((r) => r.entries > 0)).toBe(true);
    expect(new Set(riskTable.map((r) => r.endpoint))).toEqual(new Set(Object.keys(ENDPOINTS)));
    expect(riskTable.reduce((n, r) => n + r.events + r.censored, 0)).toBe(riskTable.reduce((n, r) => n + r.entries, 0) + 3 * patients.length - patients.filter((p) => p.ttp_months === null).length - patients.filter((p) => p.tttf_months === null).length);
    expect(sorted(riskTable)).toEqual(expected);
    expect(definitionChecks).toEqual(validateCohort(patientsCsv, proceduresCsv).definitionChecks);
  });

  it("equals them on a synthetic cohort whose delayed-entry times end in a half tenth, where rounding rules differ", async () => {
    const synthetic = syntheticCohortCsv(3000, 7);
    const files = {patients: join(dir, "synthetic-patients.csv"), procedures: join(dir, "synthetic-procedures.csv")};
    writeFileSync(files.patients, synthetic.patients);
    writeFileSync(files.procedures, synthetic.procedures);
    const rows = parsePatients(synthetic.patients);
    const halves = rows.filter((p) => Math.abs(((p.months_liver_metastases_to_embolization * 100) % 10) - 5) < 1e-6);
    expect(halves.length).toBeGreaterThan(100);
    const {riskTable} = await aggregateCohort(files);
    expect(sorted(riskTable)).toEqual(sorted(riskTableOfRows(rows)));
  });

  it("equals them on CSV files DuckDB's reader would split otherwise, which the reference validates: the views read the rows it read", async () => {
    const files = {patients: join(dir, "mixed-patients.csv"), procedures: join(dir, "mixed-procedures.csv")};
    // Both line ends in one file: d3 reads each as a line end, DuckDB's reader only one of them.
    const mixed = (text: string) => text.split("\n").map((line, i) => (i % 2 === 1 && line !== "" ? `${line}\r` : line)).join("\n");
    writeFileSync(files.patients, mixed(patientsCsv));
    writeFileSync(files.procedures, mixed(proceduresCsv));
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      const {reference} = await loadCohort(connection, files);
      expect(reference).toMatch(/line end/);
      const riskTable = (await connection.runAndReadAll(RISK_TABLE_SQL)).getRowObjectsJS() as unknown as RiskTableRow[];
      expect(sorted(riskTable.map((r) => ({...r, hormonally_active: Number(r.hormonally_active), extrahepatic_disease: Number(r.extrahepatic_disease)}) as RiskTableRow))).toEqual(expected);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it("equals them from Parquet files with typed columns", async () => {
    const files = {patients: join(dir, "patients.parquet"), procedures: join(dir, "procedures.parquet")};
    await toParquet(fixture("patients.csv"), files.patients, false);
    await toParquet(fixture("procedures.csv"), files.procedures, false);
    const {riskTable} = await aggregateCohort(files);
    expect(sorted(riskTable)).toEqual(expected);
  });
});

describe("a bad cohort stops the DuckDB path with the CSV path's message", () => {
  const cases: [string, string, string][] = [
    ["an unknown arm", editCell(patientsCsv, 3, "arm", "chemo"), proceduresCsv],
    ["a negative time", editCell(patientsCsv, 5, "os_months", "-1"), proceduresCsv],
    ["an empty required cell", editCell(patientsCsv, 2, "os_event", ""), proceduresCsv],
    ["TTP without its event", editCell(patientsCsv, 1, "ttp_event", ""), proceduresCsv],
    ["a duplicated id", editCell(patientsCsv, 7, "id", csvId(1)), proceduresCsv],
    ["a formula id", editCell(patientsCsv, 1, "id", "=1+1"), proceduresCsv],
    ["a procedure of an unknown patient", patientsCsv, editCell(proceduresCsv, 9, "patient_id", "nobody")],
    ["a grade out of range", patientsCsv, editCell(proceduresCsv, 2, "grade_pain", "7")]
  ];

  function csvId(row: number): string {
    return patientsCsv.split("\n")[row].split(",")[0];
  }

  for (const [name, badPatients, badProcedures] of cases) {
    it(name, async () => {
      const expected = (() => {
        try {
          validateCohort(badPatients, badProcedures);
        } catch (error) {
          return (error as Error).message;
        }
        throw new Error("the CSV path accepted the edit");
      })();
      const csv = {patients: join(dir, "patients.csv"), procedures: join(dir, "procedures.csv")};
      writeFileSync(csv.patients, badPatients);
      writeFileSync(csv.procedures, badProcedures);
      await expect(aggregateCohort(csv)).rejects.toThrow(expected);
      const parquet = {patients: join(dir, "bad-patients.parquet"), procedures: join(dir, "bad-procedures.parquet")};
      await toParquet(csv.patients, parquet.patients, true);
      await toParquet(csv.procedures, parquet.procedures, true);
      const renamed = expected.replaceAll("patients.csv", "bad-patients.parquet").replaceAll("procedures.csv", "bad-procedures.parquet");
      await expect(aggregateCohort(parquet)).rejects.toThrow(renamed);
    });
  }
});

it("takes only CSV and Parquet files, saying so", async () => {
  await expect(aggregateCohort({patients: "cohort/x.txt", procedures: fixture("procedures.csv")})).rejects.toThrow("x.txt: expected a .csv or .parquet file");
});

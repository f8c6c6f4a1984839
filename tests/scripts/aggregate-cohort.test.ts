// The command line of the risk table: CSV out, the DDL, exit codes and the
// validator's message for a bad file.
import {spawnSync} from "node:child_process";
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvParse} from "d3";
import {afterAll, expect, it} from "vitest";
import {aggregateCohort} from "../../data-loaders/aggregate/aggregate-cohort.js";
import {editCell} from "../data-loaders/edit-cell.js";

const run = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "scripts/aggregate-cohort.ts", ...args], {encoding: "utf8"});
const files = {patients: "tests/fixtures/reconstruction/patients.csv", procedures: "tests/fixtures/reconstruction/procedures.csv"};
const dir = mkdtempSync(join(tmpdir(), "aggregate-cli-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

it("writes the risk table as CSV, the rows aggregateCohort returns", async () => {
  const out = join(dir, "risk-table.csv");
  const result = run("--patients", files.patients, "--procedures", files.procedures, "--out", out);
  expect(result.status).toBe(0);
  const {riskTable} = await aggregateCohort(files);
  const written = csvParse(readFileSync(out, "utf8"));
  expect(written.columns).toEqual(Object.keys(riskTable[0]));
  expect(written.map((row) => Object.values(row).join(","))).toEqual(riskTable.map((row) => Object.values(row).join(",")));
});

it("prints the CREATE TABLE statements of both tables with --ddl", () => {
  const result = run("--ddl");
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/^CREATE TABLE patients \(id VARCHAR, arm VARCHAR, sex VARCHAR, age_at_diagnosis DOUBLE PRECISION, .* os_event INTEGER\);\nCREATE TABLE procedures \(patient_id VARCHAR, procedure_index INTEGER, .* grade_other INTEGER\);\n$/);
});

it("exits 1 with the validator's message for a bad file, and 2 without both files", () => {
  const patients = join(dir, "patients.csv");
  writeFileSync(patients, editCell(readFileSync(files.patients, "utf8"), 3, "arm", "chemo"));
  const bad = run("--patients", patients, "--procedures", files.procedures);
  expect(bad.status).toBe(1);
  expect(bad.stdout).toBe("");
  expect(bad.stderr).toBe('patients.csv row 3 (line 4), column arm: "chemo" is not one of chemoembolization, bland\n');
  expect(run("--patients", patients).status).toBe(2);
});

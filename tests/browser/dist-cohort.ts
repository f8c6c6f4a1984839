// The patient rows the built site serves, parsed exactly as the pages parse
// them, so tests can compute what each page should show.
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {autoType, csvParse} from "d3";
import type {PatientRow, ProcedureRow} from "../../src/lib/analysis/patient-row.js";

export function distPatients(dist = "dist"): PatientRow[] {
  const dir = join(dist, "_file", "data");
  const file = readdirSync(dir).find((name) => /^patients\.[0-9a-f]+\.csv$/.test(name));
  if (!file) throw new Error(`no patients.*.csv in ${dir}: build the site first`);
  return csvParse(readFileSync(join(dir, file), "utf8"), autoType) as unknown as PatientRow[];
}

export function distProcedures(dist = "dist"): ProcedureRow[] {
  const dir = join(dist, "_file", "data");
  const file = readdirSync(dir).find((name) => /^procedures\.[0-9a-f]+\.csv$/.test(name));
  if (!file) throw new Error(`no procedures.*.csv in ${dir}: build the site first`);
  return csvParse(readFileSync(join(dir, file), "utf8"), autoType) as unknown as ProcedureRow[];
}

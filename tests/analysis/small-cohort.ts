// The small supplied-data fixture, parsed as the pages parse patients.csv.
import {readFileSync} from "node:fs";
import {autoType, csvParse} from "d3";
import type {PatientRow, ProcedureRow} from "../../src/lib/analysis/patient-row.js";

const read = (name: string) => csvParse(readFileSync(`tests/fixtures/cohorts/small/${name}`, "utf8"), autoType);

export const patients = read("patients.csv") as unknown as PatientRow[];
export const procedures = read("procedures.csv") as unknown as ProcedureRow[];

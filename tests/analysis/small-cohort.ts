// The small supplied-data fixture, parsed as the pages parse patients.csv.
import {readFileSync} from "node:fs";
import {parsePatients, parseProcedures} from "../../src/lib/analysis/parse-cohort-csv.js";

const read = (name: string) => readFileSync(`tests/fixtures/cohorts/small/${name}`, "utf8");

export const patients = parsePatients(read("patients.csv"));
export const procedures = parseProcedures(read("procedures.csv"));

// The reference cohort (the reconstruction the site publishes by default),
// read as the pages read data/patients.csv and data/procedures.csv.
import {readFileSync} from "node:fs";
import {parsePatients, parseProcedures} from "../../src/lib/analysis/parse-cohort-csv.js";

const read = (name: string) => readFileSync(`tests/fixtures/reconstruction/${name}`, "utf8");

export const patients = parsePatients(read("patients.csv"));
export const procedures = parseProcedures(read("procedures.csv"));

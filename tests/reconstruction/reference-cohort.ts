// Where the committed reference cohort lives: the default build's patients.csv
// and procedures.csv, which tests/fixtures/reconstruction.R also reads.
import type {Patient, Procedure} from "../../data-loaders/cohort-schema.js";
import {readCohort} from "../../data-loaders/read-cohort.js";

export const REFERENCE_COHORT_DIR = "tests/fixtures/reconstruction";

/** The reference cohort copied `copies` times under new ids ("P01-0", "P01-1", …): a large cohort in the schema, for scale. */
export function copiedReferenceCohort(copies: number): {patients: Patient[]; procedures: Procedure[]} {
  const {patients, procedures} = readCohort(REFERENCE_COHORT_DIR);
  const ks = Array.from({length: copies}, (_, k) => k);
  return {
    patients: ks.flatMap((k) => patients.map((p) => ({...p, id: `${p.id}-${k}`}))),
    procedures: ks.flatMap((k) => procedures.map((r) => ({...r, patient_id: `${r.patient_id}-${k}`})))
  };
}

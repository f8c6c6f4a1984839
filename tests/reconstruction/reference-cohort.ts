// Where the committed reference cohort lives: the default build's patients.csv
// and procedures.csv, which tests/fixtures/reconstruction.R also reads.
export const REFERENCE_COHORT_DIR = "tests/fixtures/reconstruction";

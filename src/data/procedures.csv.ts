// data/procedures.csv: one row per embolization procedure in the cohort
// schema's column order. With COHORT_DIR set, the validated supplied cohort;
// otherwise the seeded reconstruction. When the build publishes aggregates
// only, the header alone. Data on stdout, logs on stderr; a bad cohort exits 1.
import {toCsv} from "../../data-loaders/read-cohort.js";
import {publication} from "../../data-loaders/publication.js";
import {loadCohort, runLoader} from "../../data-loaders/reconstruction/load-cohort.js";

runLoader(() => {
  if (!publication().rows) return toCsv([], []).procedures;
  const {patients, procedures} = loadCohort();
  return toCsv(patients, procedures).procedures;
});

// data/procedures.csv: one row per embolization procedure in the cohort
// schema's column order. With COHORT_DIR set, the validated supplied cohort;
// otherwise the seeded reconstruction. When the build publishes aggregates
// only, the header alone. Data on stdout, logs on stderr; a bad cohort exits 1.
import {toCsv} from "../../data-loaders/read-cohort.js";
import {publishedRows, runLoader} from "../../data-loaders/reconstruction/load-cohort.js";

runLoader(() => {
  const {patients, procedures} = publishedRows();
  return toCsv(patients, procedures).procedures;
});

// data/patients.csv: one row per patient in the cohort schema's column order.
// With COHORT_DIR set, the validated supplied cohort; otherwise the seeded
// reconstruction. When the build publishes aggregates only (a supplied cohort
// without PUBLISH_ROWS=1, or COHORT_AGGREGATES), the header alone: the pages
// then read data/risk-table.json. Data on stdout, logs on stderr; a bad cohort
// exits 1.
import {toCsv} from "../../data-loaders/read-cohort.js";
import {publishedRows, runLoader} from "../../data-loaders/reconstruction/load-cohort.js";

runLoader(() => {
  const {patients, procedures} = publishedRows();
  return toCsv(patients, procedures).patients;
});

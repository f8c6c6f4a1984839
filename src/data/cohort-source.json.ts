// data/cohort-source.json: which cohort the site shows — {kind: "reconstructed"
// | "supplied", dir?, patients, procedures, seed?, generatedBy,
// definitionChecks?} — so every page can say so. Data on stdout, logs (and
// supplied rows that break the paper's definitions) on stderr; a bad supplied
// cohort exits 1.
import {describeCohort, runLoader} from "../../data-loaders/reconstruction/load-cohort.js";

runLoader(() => {
  const source = describeCohort();
  for (const {id, rule, count, examples} of source.definitionChecks ?? []) {
    if (count > 0) process.stderr.write(`\nwarning: ${count} ${count === 1 ? "patient breaks" : "patients break"} ${id}: ${rule}\n${examples.map((e) => `  ${e}\n`).join("")}`);
  }
  return JSON.stringify(source);
});

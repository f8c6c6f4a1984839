// data/fidelity.json: every printed number of the paper against the cohort's
// value for it (reconstruction: fitted or held-out check, with the reason for
// each miss; supplied data: the same comparison, labelled as such). Data on
// stdout, logs on stderr; a bad supplied cohort exits 1.
import {fidelityReport} from "../../data-loaders/fidelity/fidelity-report.js";
import {describeCohort, loadCohort, runLoader} from "../../data-loaders/reconstruction/load-cohort.js";

runLoader(() => {
  // A build from aggregates has no rows to compare with the paper: every printed number is then not evaluable.
  const {patients, procedures, source} = process.env.COHORT_AGGREGATES ? {patients: [], procedures: [], source: describeCohort()} : loadCohort();
  const report = fidelityReport({patients, procedures}, {kind: source.kind, ...(source.dir ? {dir: source.dir} : {}), ...(source.seed !== undefined ? {seed: source.seed} : {})});
  process.stderr.write(`fidelity: ${report.summary.reproduced}/${report.summary.total} reproduced, ${report.summary.ambiguous} depending on reading, ${report.summary.infeasible} certified infeasible, ${report.summary.unidentified} with the method not identified, ${report.summary.missed} missed\n`);
  return JSON.stringify(report);
});

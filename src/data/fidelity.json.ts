// data/fidelity.json: every printed number of the paper against the cohort's
// value for it (reconstruction: fitted or held-out check, with the reason for
// each miss; supplied data: the same comparison, labelled as such; a build from
// aggregates: the numbers its counts determine). Data on stdout, logs on
// stderr; a bad supplied cohort exits 1.
import {readAggregatesDir} from "../../data-loaders/aggregate/published-risk-table.js";
import {createCountEvaluator} from "../../data-loaders/fidelity/evaluate-from-counts.js";
import {fidelityReport, type FidelityReport} from "../../data-loaders/fidelity/fidelity-report.js";
import {aggregatesSource, loadCohort, runLoader} from "../../data-loaders/reconstruction/load-cohort.js";
import {riskTablePatients, type RiskTableCount} from "../lib/analysis/risk-table-patients.js";

runLoader(() => {
  const aggregates = process.env.COHORT_AGGREGATES;
  // Read once: the source's patient count and the evaluator both come from it.
  const table = aggregates ? readAggregatesDir(aggregates) : null;
  const {patients, procedures, source} = table ? {patients: [], procedures: [], source: aggregatesSource(table)} : loadCohort();
  const reportSource: FidelityReport["source"] = {kind: source.kind, ...(source.dir ? {dir: source.dir} : {}), ...(source.seed !== undefined ? {seed: source.seed} : {})};
  const report = table
    ? fidelityReport({patients, procedures}, reportSource, createCountEvaluator(riskTablePatients(table as RiskTableCount[])))
    : fidelityReport({patients, procedures}, reportSource);
  process.stderr.write(`fidelity: ${report.summary.reproduced}/${report.summary.total} reproduced, ${report.summary.ambiguous} depending on reading, ${report.summary.infeasible} certified infeasible, ${report.summary.unidentified} with the method not identified, ${report.summary.missed} missed\n`);
  return JSON.stringify(report);
});

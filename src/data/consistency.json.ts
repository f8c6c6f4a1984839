// GRIM-style consistency analysis of the paper's printed numbers (counts,
// percentages, odds ratios, Kaplan–Meier landmarks) as JSON on stdout.
import {consistencyReport} from "../../data-loaders/consistency/index.js";

const started = performance.now();
const report = consistencyReport();
process.stdout.write(JSON.stringify(report));
process.stderr.write(`consistency: ${report.summary.consistent} consistent, ${report.summary.inconsistent} inconsistent, ${report.summary.ambiguous} ambiguous in ${Math.round(performance.now() - started)} ms\n`);

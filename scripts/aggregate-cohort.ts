// The cohort's risk table from the command line, computed in process with
// DuckDB (data-loaders/aggregate): only counts come out.
//   npx tsx scripts/aggregate-cohort.ts --patients p.parquet --procedures q.parquet [--out risk-table.csv]
//   npx tsx scripts/aggregate-cohort.ts --ddl    (the CREATE TABLE statements, for a warehouse)
// A bad file exits 1 with the build's message (file, row, line, column, value).
import {writeFileSync} from "node:fs";
import {parseArgs} from "node:util";
import {csvFormat} from "d3";
import {aggregateCohort} from "../data-loaders/aggregate/aggregate-cohort.js";
import {cohortTableDdl} from "../data-loaders/aggregate/cohort-table-ddl.js";
import {CohortValidationError} from "../data-loaders/cohort-input/cohort-error.js";

const USAGE = "usage: aggregate-cohort.ts --patients FILE --procedures FILE [--out FILE] | --ddl  (FILE: .csv or .parquet)";

async function main(): Promise<number> {
  const {values} = parseArgs({options: {patients: {type: "string"}, procedures: {type: "string"}, out: {type: "string"}, ddl: {type: "boolean"}}});
  if (values.ddl) {
    process.stdout.write(`${cohortTableDdl("patients")};\n${cohortTableDdl("procedures")};\n`);
    return 0;
  }
  if (!values.patients || !values.procedures) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    const {riskTable, definitionChecks, ms} = await aggregateCohort({patients: values.patients, procedures: values.procedures});
    const started = performance.now();
    const csv = csvFormat(riskTable) + "\n";
    if (values.out) writeFileSync(values.out, csv);
    else process.stdout.write(csv);
    const seconds = (x: number) => `${(x / 1000).toFixed(1)} s`;
    process.stderr.write(`validated and loaded in ${seconds(ms.load)}, risk table of ${riskTable.length} rows in ${seconds(ms.riskTable)}, written in ${seconds(performance.now() - started)}\n`);
    const broken = definitionChecks.filter((check) => check.count > 0);
    for (const check of broken) process.stderr.write(`warning: ${check.count} row(s) break a definition: ${check.title}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof CohortValidationError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
}

void main().then((code) => {
  process.exitCode = code;
});

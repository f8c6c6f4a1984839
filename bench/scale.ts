// Scale of the risk table: a seeded synthetic cohort (every row valid under
// data-loaders/cohort-schema.ts) generated as Parquet with DuckDB, then
//   aggregate: risk-table.sql run by DuckDB straight on the Parquet files;
//   validate: data-loaders/aggregate's loadCohort, which validates every row
//     of both files with the build's rules in SQL (validate-in-duckdb.ts).
// Each measurement runs in its own process so its peak memory (max RSS,
// DuckDB's native memory included) is its own. Usage:
//   npm run bench:scale [-- 100000 1000000 10000000]
import {execFileSync} from "node:child_process";
import {mkdirSync, mkdtempSync, rmSync, statSync} from "node:fs";
import {loadavg, tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {DuckDBInstance} from "@duckdb/node-api";
import {DUCKDB_OPTIONS, RISK_TABLE_SQL} from "../data-loaders/aggregate/aggregate-cohort.js";
import {loadCohort} from "../data-loaders/aggregate/load-cohort.js";
import {machine} from "./machine.js";

const here = dirname(fileURLToPath(import.meta.url));
const SEED_TAG = 20070701;

/** u(k): a uniform in [0, 1) for patient i and draw k, from DuckDB's hash: the same numbers on every run and thread count. */
const u = (k: number) => `((hash(i * 64 + ${k} + ${SEED_TAG}) % 1000000) / 1000000.0)`;
const tenths = (k: number, max: number) => `(round(${u(k)} * ${max * 10}) / 10)`;

function patientsSql(n: number): string {
  return `
    WITH base AS (
      SELECT i,
        ${tenths(1, 60)} AS ttp, ${tenths(2, 90)} AS after_ttp, ${tenths(3, 6)} AS tttf_extra,
        1 + floor(${u(4)} * 2) AS initial_cycle, floor(${u(5)} * 3) AS extra_procedures,
        CASE WHEN ${u(6)} < 0.35 THEN 1 ELSE 0 END AS hormonal,
        ${u(7)} < 0.05 AS never_assessed, ${u(8)} AS relief_draw
      FROM range(${n}) t(i)
    )
    SELECT
      printf('S%08d', i) AS id,
      CASE WHEN ${u(9)} < 0.66 THEN 'chemoembolization' ELSE 'bland' END AS arm,
      CASE WHEN ${u(10)} < 0.5 THEN 'F' ELSE 'M' END AS sex,
      round(20 + ${u(11)} * 65) AS age_at_diagnosis,
      ['carcinoid', 'pancreatic_islet', 'gastrinoma', 'other_net', 'uncharacterized'][1 + CAST(floor(${u(12)} * 5) AS INTEGER)] AS primary_tumor,
      hormonal AS hormonally_active,
      CASE WHEN ${u(13)} < 0.4 THEN 1 ELSE 0 END AS extrahepatic_disease,
      CASE WHEN ${u(14)} < 0.5 THEN 1 ELSE 0 END AS prior_primary_resection,
      CASE WHEN ${u(15)} < 0.2 THEN 1 ELSE 0 END AS prior_hepatectomy,
      CASE WHEN ${u(16)} < 0.4 THEN 1 ELSE 0 END AS prior_chemotherapy,
      CASE WHEN ${u(17)} < 0.1 THEN 1 ELSE 0 END AS prior_radiation,
      CASE WHEN ${u(18)} < 0.6 THEN 1 ELSE 0 END AS liver_metastases_3plus,
      ${tenths(19, 60)} AS months_diagnosis_to_liver_metastases,
      ${tenths(20, 24)} AS months_liver_metastases_to_embolization,
      CAST(initial_cycle AS INTEGER) AS procedures_initial_cycle,
      CAST(initial_cycle + extra_procedures AS INTEGER) AS procedures_total,
      CASE WHEN extra_procedures > 0 THEN 1 ELSE 0 END AS retreated,
      CASE WHEN ${u(21)} < 0.05 THEN 1 ELSE 0 END AS lost_to_follow_up,
      CASE WHEN ${u(22)} < 0.05 THEN NULL WHEN ${u(23)} < 0.3 THEN 'regression' WHEN ${u(24)} < 0.8 THEN 'stabilization' ELSE 'progression' END AS response_1mo,
      CASE WHEN never_assessed THEN NULL ELSE ttp END AS ttp_months,
      CASE WHEN never_assessed THEN NULL WHEN ${u(25)} < 0.8 THEN 1 ELSE 0 END AS ttp_event,
      CASE WHEN never_assessed THEN NULL ELSE ttp + tttf_extra END AS tttf_months,
      CASE WHEN never_assessed THEN NULL WHEN ${u(26)} < 0.8 THEN 1 ELSE 0 END AS tttf_event,
      CASE WHEN hormonal = 1 THEN (CASE WHEN relief_draw < 0.7 THEN 1 ELSE 0 END) END AS symptom_relief,
      CASE WHEN hormonal = 1 AND relief_draw < 0.7 THEN ${tenths(27, 30)} END AS symptom_relief_months,
      ttp + tttf_extra + 1 + after_ttp AS os_months,
      CASE WHEN ${u(28)} < 0.7 THEN 1 ELSE 0 END AS os_event
    FROM base`;
}

function proceduresSql(patients: string): string {
  const grade = (k: number) => `CAST(floor(${u(k)} * 3) AS INTEGER)`;
  return `
    WITH expanded AS (
      SELECT id, arm, unnest(range(1, procedures_total + 1)) AS k FROM read_parquet('${patients}')
    ), numbered AS (
      SELECT id, arm, k, hash(id) % 1000000000 + k AS i FROM expanded
    )
    SELECT id AS patient_id, CAST(k AS INTEGER) AS procedure_index, arm AS modality,
      1 + floor(${u(30)} * 5) AS length_of_stay_days, 0 AS died_within_30_days,
      ${[31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43].map((k, j) => `${grade(k)} AS ${["grade_pain", "grade_fever", "grade_nausea", "grade_vomiting", "grade_fatigue", "grade_weight_loss", "grade_bilirubin", "grade_ggt_alp", "grade_ast", "grade_alt", "grade_infection", "grade_cardiac", "grade_other"][j]}`).join(",\n      ")}
    FROM numbered
    ORDER BY patient_id, procedure_index`;
}

const maxRssMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function generate(n: number, dir: string): Promise<void> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const patients = join(dir, "patients.parquet");
  await connection.run(`COPY (${patientsSql(n)} ORDER BY i) TO '${patients}' (FORMAT parquet)`);
  await connection.run(`COPY (${proceduresSql(patients)}) TO '${join(dir, "procedures.parquet")}' (FORMAT parquet)`);
  connection.closeSync();
  instance.closeSync();
}

async function aggregateOnly(dir: string): Promise<{rows: number}> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(`CREATE VIEW patients AS SELECT * FROM read_parquet('${join(dir, "patients.parquet")}')`);
  const reader = await connection.runAndReadAll(RISK_TABLE_SQL);
  const rows = reader.currentRowCount;
  connection.closeSync();
  instance.closeSync();
  return {rows};
}

/** The SQL validation of both files, as the build loads them; fails if the files went to the reference validator instead. */
async function validate(dir: string): Promise<{rows: number}> {
  const instance = await DuckDBInstance.create(":memory:", DUCKDB_OPTIONS);
  const connection = await instance.connect();
  const {definitionChecks, reference} = await loadCohort(connection, {patients: join(dir, "patients.parquet"), procedures: join(dir, "procedures.parquet")});
  if (reference !== null) throw new Error(`validated by the reference path: ${reference}`);
  connection.closeSync();
  instance.closeSync();
  return {rows: definitionChecks.reduce((n, check) => n + check.count, 0)};
}

/** One measurement in this process, printed as JSON for the parent. */
async function child(mode: string, n: number, dir: string): Promise<void> {
  const start = performance.now();
  let rows = 0;
  if (mode === "generate") await generate(n, dir);
  else if (mode === "aggregate") rows = (await aggregateOnly(dir)).rows;
  else rows = (await validate(dir)).rows;
  console.log(JSON.stringify({ms: Math.round(performance.now() - start), maxRssMiB: maxRssMiB(), rows}));
}

function measure(mode: string, n: number, dir: string): {ms: number; maxRssMiB: number; rows: number} {
  const out = execFileSync(process.execPath, ["--import", "tsx", join(here, "scale.ts"), "--child", mode, String(n), dir], {encoding: "utf8", maxBuffer: 1 << 20});
  return JSON.parse(out.trim().split("\n").pop()!);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--child") return child(args[1], Number(args[2]), args[3]);
  const sizes = args.length > 0 ? args.map(Number) : [1e5, 1e6, 1e7];
  const info = machine();
  console.log(`machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, node ${info.node}; load average ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
  const root = mkdtempSync(join(tmpdir(), "scale-"));
  try {
    for (const n of sizes) {
      const dir = join(root, String(n));
      mkdirSync(dir);
      const generated = measure("generate", n, dir);
      const mib = (file: string) => (statSync(join(dir, file)).size / 2 ** 20).toFixed(1);
      const aggregated = measure("aggregate", n, dir);
      const load = loadavg()[0].toFixed(1);
      const validated = measure("validate", n, dir);
      console.log(
        `${n.toLocaleString("en-US")} patients: generated in ${generated.ms} ms (patients.parquet ${mib("patients.parquet")} MiB, procedures.parquet ${mib("procedures.parquet")} MiB); ` +
          `risk-table.sql on the Parquet files ${aggregated.ms} ms, peak RSS ${aggregated.maxRssMiB} MiB, ${aggregated.rows.toLocaleString("en-US")} rows out; ` +
          `validated in SQL ${validated.ms} ms, peak RSS ${validated.maxRssMiB} MiB, ${validated.rows} definition breaches (load average ${load} before)`
      );
      rmSync(dir, {recursive: true, force: true});
    }
  } finally {
    rmSync(root, {recursive: true, force: true});
  }
}

await main();

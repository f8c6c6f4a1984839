// Scale: a seeded synthetic cohort (every row valid under
// data-loaders/cohort-schema.ts) generated as Parquet with DuckDB, then built
// into a site the way a registry would, from counts only:
//   aggregate: scripts/aggregate-cohort.ts validates both files with the
//     build's rules and writes risk-table.csv (risk-table.sql);
//   site build: COHORT_AGGREGATES=<that directory> npm run build, into a
//     temporary output (SITE_OUTPUT), so no dist/ is read or left behind.
// For each size it reports each step's wall time and the total, the peak
// memory of the whole build (the summed resident memory of every process of
// each step, loaders included, sampled every 50 ms), the published data
// (dist/_file/data) against the bound patterns × distinct times, and, on the
// built site in headless Chromium, the cold load of /progression and
// /survival and the filter-change p95, each beside its target. Usage:
//   npm run bench:scale [-- 100000 1000000 10000000]
import {execFileSync} from "node:child_process";
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from "node:fs";
import {loadavg, tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {DuckDBInstance} from "@duckdb/node-api";
import {csvParse, median} from "d3";
import {openBuiltSite, writeBrowserResult} from "./built-site.js";
import {filterLatency, FILTER_PAGE} from "./filter-latency.js";
import {coldPageLoad} from "./page-load.js";
import {runTree, type TreeRun} from "./process-tree-run.js";

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

/** The generation in a process of its own, so its memory is not the parent's. */
function generated(n: number, dir: string): {ms: number; maxRssMiB: number} {
  const out = execFileSync(process.execPath, ["--import", "tsx", join(here, "scale.ts"), "--child", String(n), dir], {encoding: "utf8", maxBuffer: 1 << 20});
  return JSON.parse(out.trim().split("\n").pop()!);
}

const TARGET = {buildS: 90, peakGiB: 4, pageLoadMs: 1000, filterP95Ms: 50};
const PAGES = ["/progression", "/survival"];
const PAGE_SAMPLES = 3;
const PAGE_TIMEOUT_MS = 90_000;
const FILTER_SAMPLES = 40;
const FILTER_WARMUP = 5;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const met = (ok: boolean) => (ok ? "met" : "NOT met");

/** Runs a step of the build; on failure shows the end of its output and stops. */
async function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, log: string): Promise<TreeRun> {
  const run = await runTree(command, args, {env, log});
  if (run.status !== 0) {
    process.stderr.write(readFileSync(log, "utf8").split("\n").slice(-30).join("\n"));
    throw new Error(`${name} exited with ${run.status}`);
  }
  return run;
}

/** The published data files of a built site, largest first. */
function publishedData(site: string): {file: string; bytes: number}[] {
  const dir = join(site, "_file", "data");
  // Recursive: each page's precomputed statistics sit in data/page-statistics/.
  return (readdirSync(dir, {recursive: true}) as string[])
    .filter((file) => statSync(join(dir, file)).isFile())
    .map((file) => ({file, bytes: statSync(join(dir, file)).size}))
    .sort((a, b) => b.bytes - a.bytes);
}

/** The risk table's rows, and their bound: the patterns present times the distinct times of each endpoint, summed. */
function riskTableBound(csv: string): {rows: number; patterns: number; times: Record<string, number>; bound: number} {
  const rows = csvParse(readFileSync(csv, "utf8"));
  const patterns = new Set(rows.map((r) => `${r.arm}|${r.primary_tumor}|${r.hormonally_active}|${r.extrahepatic_disease}`)).size;
  const times: Record<string, Set<string>> = {};
  for (const r of rows) (times[r.endpoint!] ??= new Set()).add(r.time_months!);
  const counts = Object.fromEntries(Object.entries(times).map(([endpoint, set]) => [endpoint, set.size]));
  return {rows: rows.length, patterns, times: counts, bound: patterns * Object.values(counts).reduce((a, b) => a + b, 0)};
}

/** Page loads (a page that does not show within PAGE_TIMEOUT_MS is recorded as null, not retried) and, if /progression showed, the filter change. */
async function browse(site: string): Promise<{pageLoadMs: Record<string, number | null>; filterP95Ms: number | null; filterMedianMs: number | null}> {
  const {url, browser, close} = await openBuiltSite(site);
  try {
    const pageLoadMs: Record<string, number | null> = {};
    for (const path of PAGES) {
      const timings: number[] = [];
      for (let i = 0; i < PAGE_SAMPLES && timings.length === i; ++i) {
        try {
          timings.push((await coldPageLoad(browser, url, path, PAGE_TIMEOUT_MS)).ms);
        } catch (error) {
          if ((error as Error).name !== "TimeoutError") throw error;
        }
      }
      pageLoadMs[path] = timings.length === PAGE_SAMPLES ? median(timings)! : null;
    }
    if (pageLoadMs[FILTER_PAGE] === null) return {pageLoadMs, filterP95Ms: null, filterMedianMs: null};
    const {filter} = await filterLatency(browser, url, FILTER_SAMPLES, FILTER_WARMUP);
    return {pageLoadMs, filterP95Ms: filter.p95Ms, filterMedianMs: filter.medianMs};
  } finally {
    await close();
  }
}

async function measure(n: number, root: string) {
  const dir = join(root, String(n));
  const aggregates = join(dir, "aggregates");
  const site = join(dir, "site");
  mkdirSync(aggregates, {recursive: true});
  const generation = generated(n, dir);
  const parquet = {patients: statSync(join(dir, "patients.parquet")).size, procedures: statSync(join(dir, "procedures.parquet")).size};
  const loadBefore = loadavg()[0];
  const aggregateLog = join(dir, "aggregate.log");
  const aggregate = await step(
    "aggregate",
    process.execPath,
    ["--import", "tsx", "scripts/aggregate-cohort.ts", "--patients", join(dir, "patients.parquet"), "--procedures", join(dir, "procedures.parquet"), "--out", join(aggregates, "risk-table.csv")],
    process.env,
    aggregateLog
  );
  const aggregateSteps = readFileSync(aggregateLog, "utf8").match(/^validated and loaded in .*$/m)?.[0] ?? "";
  const build = await step("site build", "npm", ["run", "build"], {...process.env, COHORT_AGGREGATES: aggregates, SITE_OUTPUT: site}, join(dir, "build.log"));
  const loadAfter = loadavg()[0];
  const data = publishedData(site);
  const bound = riskTableBound(join(aggregates, "risk-table.csv"));
  const browser = await browse(site);
  rmSync(dir, {recursive: true, force: true});
  return {
    patients: n,
    generation: {ms: generation.ms, maxRssMiB: generation.maxRssMiB, parquetBytes: parquet},
    aggregate: {ms: Math.round(aggregate.ms), cpuMs: aggregate.cpuMs, peakRssBytes: aggregate.peakRssBytes, steps: aggregateSteps},
    siteBuild: {ms: Math.round(build.ms), cpuMs: build.cpuMs, peakRssBytes: build.peakRssBytes, peakProcesses: build.peakProcesses},
    totalMs: Math.round(aggregate.ms + build.ms),
    totalCpuMs: aggregate.cpuMs + build.cpuMs,
    peakRssBytes: Math.max(aggregate.peakRssBytes, build.peakRssBytes),
    loadAverage: {before: loadBefore, after: loadAfter},
    published: {bytes: data.reduce((a, d) => a + d.bytes, 0), files: data},
    riskTable: bound,
    ...browser
  };
}

type Result = Awaited<ReturnType<typeof measure>>;

function report(r: Result): void {
  const {generation: g} = r;
  console.log(`${r.patients.toLocaleString("en-US")} patients: generated in ${seconds(g.ms)} (patients.parquet ${mib(g.parquetBytes.patients)}, procedures.parquet ${mib(g.parquetBytes.procedures)})`);
  console.log(
    `  build from Parquet to site: aggregate ${seconds(r.aggregate.ms)} (${r.aggregate.steps}) + site build ${seconds(r.siteBuild.ms)} = ${seconds(r.totalMs)}` +
      `   target ≤ ${TARGET.buildS} s: ${met(r.totalMs <= TARGET.buildS * 1000)}`
  );
  console.log(`    CPU time (user + system, every process): aggregate ${seconds(r.aggregate.cpuMs)} + site build ${seconds(r.siteBuild.cpuMs)} = ${seconds(r.totalCpuMs)}`);
  console.log(
    `  peak memory of the build: aggregate ${mib(r.aggregate.peakRssBytes)}, site build ${mib(r.siteBuild.peakRssBytes)} (up to ${r.siteBuild.peakProcesses} processes)` +
      `   target ≤ ${TARGET.peakGiB} GiB: ${met(r.peakRssBytes <= TARGET.peakGiB * 2 ** 30)}`
  );
  const [largest] = r.published.files;
  const times = Object.entries(r.riskTable.times).map(([e, k]) => `${e} ${k}`).join(", ");
  console.log(
    `  published data: ${mib(r.published.bytes)} in ${r.published.files.length} files, ${largest.file} ${mib(largest.bytes)}; ` +
      `risk table ${r.riskTable.rows.toLocaleString("en-US")} rows ≤ ${r.riskTable.patterns} patterns × distinct times (${times}) = ${r.riskTable.bound.toLocaleString("en-US")}`
  );
  const shown = (ms: number | null) => (ms === null ? `not shown within ${seconds(PAGE_TIMEOUT_MS)}` : `${ms} ms`);
  const loads = PAGES.map((p) => `${p} ${shown(r.pageLoadMs[p])}`).join(", ");
  console.log(`  cold page load (median of ${PAGE_SAMPLES}): ${loads}   target < ${TARGET.pageLoadMs} ms: ${met(PAGES.every((p) => (r.pageLoadMs[p] ?? Infinity) < TARGET.pageLoadMs))}`);
  const filter = r.filterP95Ms === null ? "not measured (the page did not show)" : `median ${r.filterMedianMs!.toFixed(1)} ms, p95 ${r.filterP95Ms.toFixed(1)} ms`;
  console.log(`  filter change on ${FILTER_PAGE} (${FILTER_SAMPLES} samples): ${filter}   target < ${TARGET.filterP95Ms} ms: ${met((r.filterP95Ms ?? Infinity) < TARGET.filterP95Ms)}`);
  console.log(`  load average (1 min) ${r.loadAverage.before.toFixed(1)} before the build, ${r.loadAverage.after.toFixed(1)} after`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--child") {
    const started = performance.now();
    await generate(Number(args[1]), args[2]);
    console.log(JSON.stringify({ms: Math.round(performance.now() - started), maxRssMiB: maxRssMiB()}));
    return;
  }
  const sizes = args.length > 0 ? args.map(Number) : [1e5, 1e6, 1e7];
  console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(" ")} at the start`);
  const root = mkdtempSync(join(tmpdir(), "scale-"));
  const results: Result[] = [];
  try {
    for (const n of sizes) {
      const result = await measure(n, root);
      report(result);
      results.push(result);
    }
  } finally {
    rmSync(root, {recursive: true, force: true});
  }
  console.log(`written ${writeBrowserResult("scale", {targets: TARGET, results})}`);
}

await main();

// coxPH against R's coxph on 100,000 seeded rows with 3 covariates.
// R reads the same data from a CSV (untimed) and times only the fit.
import {spawnSync} from "node:child_process";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {performance} from "node:perf_hooks";
import {coxPH} from "../src/lib/survival/cox-ph.js";

/** Same shape as the harness's BenchRow (bench/bench-row.ts). */
export interface BenchRow {
  name: string;
  rows: number;
  oursMs: number;
  rMs: number | null;
  speedup: number | null;
  target: string;
  met: boolean | null;
  note?: string;
}

const ROWS = 100_000;
const RUNS = 5;

/** mulberry32: a small seeded generator so R and we see the same data every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function dataset(n: number) {
  const rand = random(20261127);
  const time = new Float64Array(n);
  const event = new Uint8Array(n);
  const x1 = new Float64Array(n);
  const x2 = new Float64Array(n);
  const x3 = new Float64Array(n);
  for (let i = 0; i < n; ++i) {
    x1[i] = Math.round((rand() * 4 - 2) * 1e4) / 1e4;
    x2[i] = rand() < 0.4 ? 1 : 0;
    x3[i] = 30 + Math.floor(rand() * 50);
    const hazard = Math.exp(0.5 * x1[i] - 0.3 * x2[i] + 0.01 * x3[i]);
    // Whole days, so the fit also meets tied event times.
    time[i] = 1 + Math.floor((-Math.log(1 - rand()) / hazard) * 365);
    event[i] = rand() < 0.7 ? 1 : 0;
  }
  return {time, event, covariates: {x1, x2, x3}};
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function timeOurs(data: ReturnType<typeof dataset>): {ms: number; coef: (number | null)[]} {
  let fit = coxPH(data);
  coxPH(data);
  const times: number[] = [];
  for (let r = 0; r < RUNS; ++r) {
    const start = performance.now();
    fit = coxPH(data);
    times.push(performance.now() - start);
  }
  return {ms: median(times), coef: fit.coef};
}

/** Median elapsed ms of 3 timed coxph fits in R, or null when Rscript is not available. */
function timeR(data: ReturnType<typeof dataset>): {ms: number; coef: number[]} | null {
  if (spawnSync("Rscript", ["--version"]).status !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), "cox-ph-bench-"));
  try {
    const {time, event, covariates} = data;
    const lines = ["time,event,x1,x2,x3"];
    for (let i = 0; i < time.length; ++i) lines.push(`${time[i]},${event[i]},${covariates.x1[i]},${covariates.x2[i]},${covariates.x3[i]}`);
    const csv = join(dir, "data.csv");
    writeFileSync(csv, lines.join("\n"));
    const script = join(dir, "bench.R");
    writeFileSync(
      script,
      [
        "suppressPackageStartupMessages(library(survival))",
        `d <- read.csv(${JSON.stringify(csv)})`,
        "fit <- coxph(Surv(time, event) ~ x1 + x2 + x3, data = d)",
        "elapsed <- replicate(3, system.time(coxph(Surv(time, event) ~ x1 + x2 + x3, data = d))[[\"elapsed\"]])",
        "cat(median(elapsed) * 1000, coef(fit), sep = \"\\n\")"
      ].join("\n")
    );
    const result = spawnSync("Rscript", [script], {encoding: "utf8"});
    if (result.status !== 0) throw new Error(`Rscript failed: ${result.stderr}`);
    const [ms, ...coef] = result.stdout.trim().split("\n").map(Number);
    return {ms, coef};
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

export async function run(): Promise<BenchRow[]> {
  const data = dataset(ROWS);
  const ours = timeOurs(data);
  const r = timeR(data);
  const name = "coxPH, 3 covariates, Efron ties";
  const target = "ours <= R coxph";
  if (!r) return [{name, rows: ROWS, oursMs: ours.ms, rMs: null, speedup: null, target, met: null, note: "Rscript not found: R comparison skipped"}];
  const agree = r.coef.every((c, i) => Math.abs((ours.coef[i] ?? NaN) - c) <= 1e-6 * Math.max(1, Math.abs(c)));
  return [
    {
      name,
      rows: ROWS,
      oursMs: ours.ms,
      rMs: r.ms,
      speedup: r.ms / ours.ms,
      target,
      met: ours.ms <= r.ms,
      note: `median of ${RUNS} runs after warm-up vs median of 3 R system.time; coefficients ${agree ? "agree with R to 1e-6" : "DIFFER from R"}`
    }
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await run());

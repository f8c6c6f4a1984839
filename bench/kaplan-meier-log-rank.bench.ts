// kaplanMeierByGroup (two curves) + logRank on 1,000,000 heavily tied rows,
// against R survfit(Surv(t, e) ~ g) + survdiff(Surv(t, e) ~ g) on the same
// data. R reads the data from a CSV (untimed) and times the two calls with
// system.time (elapsed), median of 3.
import {spawnSync} from "node:child_process";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {performance} from "node:perf_hooks";
import {kaplanMeierByGroup, logRank} from "../src/lib/survival/index.js";
import type {BenchRow} from "./bench-row.js";

const ROWS = 1_000_000;
const RUNS = 5;
const TARGET_SPEEDUP = 10;

/** mulberry32: small seeded generator, so every run sees the same data. */
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

/** Integer months 1..120, two arms with different hazards, about 30% censored. */
function dataset(n: number) {
  const rand = random(20261127);
  const time = new Float64Array(n);
  const event = new Uint8Array(n);
  const group = new Int32Array(n);
  for (let i = 0; i < n; ++i) {
    group[i] = rand() < 0.5 ? 1 : 2;
    const monthly = group[i] === 1 ? 0.02 : 0.015;
    time[i] = Math.min(120, 1 + Math.floor(-Math.log(1 - rand()) / monthly));
    event[i] = rand() < 0.7 ? 1 : 0;
  }
  return {time, event, group};
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function timeOurs(data: ReturnType<typeof dataset>): number {
  const once = () => {
    kaplanMeierByGroup(data);
    logRank(data);
  };
  once();
  const times: number[] = [];
  for (let r = 0; r < RUNS; ++r) {
    const start = performance.now();
    once();
    times.push(performance.now() - start);
  }
  return median(times);
}

const rScript = `
suppressPackageStartupMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
elapsed <- replicate(3, system.time({
  survfit(Surv(t, e) ~ g, data = d)
  survdiff(Surv(t, e) ~ g, data = d)
})[["elapsed"]])
cat(median(elapsed) * 1000)
`;

function timeR(data: ReturnType<typeof dataset>): number | null {
  const probe = spawnSync("Rscript", ["--version"], {encoding: "utf8"});
  if (probe.error || probe.status !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), "km-bench-"));
  try {
    const lines = ["t,e,g"];
    for (let i = 0; i < data.time.length; ++i) lines.push(`${data.time[i]},${data.event[i]},${data.group[i]}`);
    writeFileSync(join(dir, "data.csv"), lines.join("\n") + "\n");
    writeFileSync(join(dir, "bench.R"), rScript);
    const run = spawnSync("Rscript", [join(dir, "bench.R"), join(dir, "data.csv")], {encoding: "utf8"});
    if (run.status !== 0) throw new Error(`Rscript failed: ${run.stderr}`);
    return Number(run.stdout.trim());
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

export async function run(): Promise<BenchRow[]> {
  const data = dataset(ROWS);
  const oursMs = timeOurs(data);
  const rMs = timeR(data);
  const speedup = rMs === null ? null : rMs / oursMs;
  return [
    {
      name: "kaplanMeierByGroup + logRank (2 groups, integer months)",
      rows: ROWS,
      oursMs,
      rMs,
      speedup,
      target: `>= ${TARGET_SPEEDUP}x faster than R survfit + survdiff`,
      met: speedup === null ? null : speedup >= TARGET_SPEEDUP,
      note: rMs === null ? "Rscript not found: R comparison skipped" : undefined
    }
  ];
}

// kaplanMeierByGroup with delayed entry (two curves) on 1,000,000 heavily
// tied rows, against R survfit(Surv(a, t, e) ~ g) on the same data. R reads
// the data from a CSV (untimed) and times the call with system.time
// (elapsed), median of 3.
import {mulberry32} from "../data-loaders/reconstruction/prng.js";
import {kaplanMeierByGroup} from "../src/lib/survival/index.js";
import type {BenchRow} from "./bench-row.js";
import {medianTime} from "./median-time.js";
import {runR} from "./run-r.js";

const ROWS = 1_000_000;
const RUNS = 5;
const TARGET_SPEEDUP = 10;

/** Entry at month 0..23, then 1..120 months of follow-up; two arms, about 30% censored. */
function dataset(n: number) {
  const rand = mulberry32(20250317).next;
  const entry = new Float64Array(n);
  const time = new Float64Array(n);
  const event = new Uint8Array(n);
  const group = new Int32Array(n);
  for (let i = 0; i < n; ++i) {
    group[i] = rand() < 0.5 ? 1 : 2;
    const monthly = group[i] === 1 ? 0.02 : 0.015;
    entry[i] = Math.floor(rand() * 24);
    time[i] = entry[i] + Math.min(120, 1 + Math.floor(-Math.log(1 - rand()) / monthly));
    event[i] = rand() < 0.7 ? 1 : 0;
  }
  return {entry, time, event, group};
}

const R_SCRIPT = `
suppressPackageStartupMessages(library(survival))
d <- read.csv(commandArgs(trailingOnly = TRUE)[1])
elapsed <- replicate(3, system.time(survfit(Surv(a, t, e) ~ g, data = d))[["elapsed"]])
cat(median(elapsed) * 1000)
`;

export async function run(): Promise<BenchRow[]> {
  const data = dataset(ROWS);
  const oursMs = medianTime(() => kaplanMeierByGroup(data), RUNS);
  const printed = runR("a,t,e,g", ROWS, (i) => `${data.entry[i]},${data.time[i]},${data.event[i]},${data.group[i]}`, R_SCRIPT);
  const rMs = printed === null ? null : Number(printed);
  const speedup = rMs === null ? null : rMs / oursMs;
  return [
    {
      name: "kaplanMeierByGroup with entry (2 groups, integer months)",
      rows: ROWS,
      oursMs,
      rMs,
      speedup,
      target: `>= ${TARGET_SPEEDUP}x faster than R survfit(Surv(entry, time, event) ~ g)`,
      met: speedup === null ? null : speedup >= TARGET_SPEEDUP,
      note: rMs === null ? "Rscript not found: R comparison skipped" : undefined
    }
  ];
}

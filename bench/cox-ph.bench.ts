// coxPH against R's coxph on 100,000 seeded rows with 3 covariates.
// R reads the same data from a CSV (untimed) and times only the fit.
import {mulberry32} from "../data-loaders/reconstruction/prng.js";
import {coxPH} from "../src/lib/survival/index.js";
import type {BenchRow} from "./bench-row.js";
import {medianTime} from "./median-time.js";
import {runR} from "./run-r.js";

const ROWS = 100_000;
const RUNS = 5;

function dataset(n: number) {
  const rand = mulberry32(20261127).next;
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

const R_SCRIPT = `
suppressPackageStartupMessages(library(survival))
d <- read.csv(commandArgs(trailingOnly = TRUE)[1])
fit <- coxph(Surv(time, event) ~ x1 + x2 + x3, data = d)
elapsed <- replicate(3, system.time(coxph(Surv(time, event) ~ x1 + x2 + x3, data = d))[["elapsed"]])
cat(median(elapsed) * 1000, coef(fit), sep = "\\n")
`;

export async function run(): Promise<BenchRow[]> {
  const data = dataset(ROWS);
  const oursMs = medianTime(() => coxPH(data), RUNS);
  const coef = coxPH(data).coef;
  const {time, event, covariates: x} = data;
  const printed = runR("time,event,x1,x2,x3", ROWS, (i) => `${time[i]},${event[i]},${x.x1[i]},${x.x2[i]},${x.x3[i]}`, R_SCRIPT);
  const name = "coxPH, 3 covariates, Efron ties";
  const target = "ours <= R coxph";
  if (printed === null) return [{name, rows: ROWS, oursMs, rMs: null, speedup: null, target, met: null, note: "Rscript not found: R comparison skipped"}];
  const [rMs, ...rCoef] = printed.split("\n").map(Number);
  const agree = rCoef.every((c, i) => Math.abs((coef[i] ?? NaN) - c) <= 1e-6 * Math.max(1, Math.abs(c)));
  return [
    {
      name,
      rows: ROWS,
      oursMs,
      rMs,
      speedup: rMs / oursMs,
      target,
      met: oursMs <= rMs,
      note: `median of ${RUNS} runs after warm-up vs median of 3 R system.time; coefficients ${agree ? "agree with R to 1e-6" : "DIFFER from R"}`
    }
  ];
}

// Test of the proportional hazards assumption of a Cox model, R survival 3.x
// cox.zph(coxph(...), transform, terms = TRUE, global = TRUE): the score test,
// at (beta-hat, 0), for adding each covariate times g(t) to the model, with
// g(t) the transformed event time centred on its mean over the events. One
// backward pass over the risk sets (survival's zph1) gives the score U of
// the 2p covariates (x, x g(t)) and their 2p × 2p information I, Breslow or
// Efron as the fit; the first p scores are set to 0, as cox.zph does. With
// entry times ((start, stop] data, survival's zph2) rows also leave the risk
// set at their entry, and g(t) is read at each row's stop time.
import {averageRanks} from "../stats/average-ranks.js";
import {chiSquareUpperTail} from "../stats/distributions.js";
import {coxPH, type CoxPHInput, type CoxPHOptions, type CoxPHResult, type CoxPHTest} from "./cox-ph.js";
import {riskSets} from "./cox-ph-risk-sets.js";
import {kaplanMeier} from "./kaplan-meier.js";
import {solveLinear} from "./solve-linear.js";
import {survivalBefore} from "./survival-at.js";
import {checkedEntries, checkedEvents, checkedFrequencyWeights, checkedTimes, groupCodes} from "./validate-input.js";

export type ZphTransform = "km" | "identity" | "rank" | "log";

export interface CoxZphOptions extends CoxPHOptions {
  /** g(t): "km" (R's default) is 1 − S(t−) of the pooled Kaplan–Meier curve. */
  transform?: ZphTransform;
  /** coxPH(input, options), when the caller has already fitted it (R's cox.zph(fit)); fitted here otherwise. */
  fit?: CoxPHResult;
}

export interface CoxZphResult {
  /** The terms with a coefficient; aliased or constant ones are left out, as R does. */
  terms: string[];
  /** One test per term, each on 1 degree of freedom. */
  tests: CoxPHTest[];
  /** All terms at once, on as many degrees of freedom as terms. */
  global: CoxPHTest;
  transform: ZphTransform;
}

function transformedTimes(time: Float64Array, event: Uint8Array, entry: Float64Array | undefined, weight: Float64Array | undefined, transform: ZphTransform): Float64Array {
  switch (transform) {
    case "identity":
      return Float64Array.from(time);
    case "log":
      return time.map(Math.log);
    case "rank":
      return weight ? weightedAverageRanks(time, weight) : averageRanks(time).ranks;
    case "km": {
      // 1 − S(t−): the pooled curve just before each subject's own time.
      const fit = kaplanMeier({time, event, entry, weights: weight}, {confType: "none"});
      return time.map((t) => 1 - survivalBefore(fit, t));
    }
    default:
      throw new RangeError(`transform is ${String(transform)}, expected "km", "identity", "rank" or "log"`);
  }
}

/** R's rank(t) of the rows a weighted table stands for: a row of weight w is w tied rows. */
function weightedAverageRanks(time: Float64Array, weight: Float64Array): Float64Array {
  const n = time.length;
  const order = Uint32Array.from({length: n}, (_, i) => i).sort((i, j) => time[i] - time[j]);
  const ranks = new Float64Array(n);
  let below = 0;
  for (let start = 0; start < n;) {
    let end = start;
    let tied = 0;
    while (end < n && time[order[end]] === time[order[start]]) tied += weight[order[end++]];
    for (let k = start; k < end; ++k) ranks[order[k]] = below + (tied + 1) / 2;
    below += tied;
    start = end;
  }
  return ranks;
}

export function coxZph(input: CoxPHInput, options: CoxZphOptions = {}): CoxZphResult {
  const transform = options.transform ?? "km";
  const fit = options.fit ?? coxPH(input, options);
  const weight = input.weights === undefined ? undefined : checkedFrequencyWeights(input.weights);
  const total = weight ? weight.reduce((sum, w) => sum + w, 0) : input.time.length;
  if (options.fit && (fit.n !== total || fit.terms.join("\u0000") !== Object.keys(input.covariates).join("\u0000"))) {
    throw new RangeError("fit is not coxPH of this input: its rows or terms differ");
  }
  const kept = fit.terms.flatMap((term, k) => (fit.coef[k] === null ? [] : [{term, coef: fit.coef[k] as number}]));
  if (kept.length === 0) throw new RangeError("the model has no estimated coefficient (no events, or every covariate constant), so there is nothing to test");
  const time = checkedTimes(input.time);
  const event = checkedEvents(input.event);
  const n = time.length;
  const entry = input.entry === undefined ? undefined : checkedEntries(input.entry, time);
  const p = kept.length;
  const {codes: stratum, levels} = input.strata ? groupCodes(input.strata, "strata") : {codes: new Int32Array(n), levels: [0]};

  // Covariates centred (zph1 does, for stability; the test does not change), and the risk scores.
  const w = weight ?? new Float64Array(n).fill(1);
  const x = kept.map(({term}) => {
    const column = Float64Array.from(input.covariates[term]);
    let mean = 0;
    for (let i = 0; i < n; ++i) mean += w[i] * column[i];
    mean /= total;
    return column.map((v) => v - mean);
  });
  const risk = new Float64Array(n);
  for (let i = 0; i < n; ++i) {
    let eta = 0;
    for (let j = 0; j < p; ++j) eta += kept[j].coef * x[j][i];
    risk[i] = Math.exp(eta);
  }
  const g = transformedTimes(time, event, entry, weight, transform);
  let gMean = 0;
  for (let i = 0; i < n; ++i) gMean += event[i] ? w[i] * g[i] : 0;
  gMean /= fit.nEvent;

  const q = 2 * p;
  const u = new Float64Array(q);
  const imat = new Float64Array(q * q);
  const a = new Float64Array(p);
  const a2 = new Float64Array(p);
  const cmat = new Float64Array(p * p);
  const cmat2 = new Float64Array(p * p);
  let denom = 0;
  const {order, blockStart, lastInStratum, blocks, leaveStart, leaveRows} = riskSets(time, stratum, levels.length, entry);
  let atRisk = 0;
  for (let b = blocks - 1; b >= 0; --b) {
    if (lastInStratum[b]) {
      denom = 0;
      a.fill(0);
      cmat.fill(0);
      atRisk = 0;
    }
    if (leaveStart !== undefined && leaveRows !== undefined) {
      // Rows whose entry is at or after this time leave; an emptied risk set restarts from exact zeros.
      atRisk -= leaveStart[b + 1] - leaveStart[b];
      if (atRisk === 0) {
        denom = 0;
        a.fill(0);
        cmat.fill(0);
      } else {
        for (let q = leaveStart[b]; q < leaveStart[b + 1]; ++q) {
          const i = order[leaveRows[q]];
          const r = w[i] * risk[i];
          denom -= r;
          for (let j = 0; j < p; ++j) {
            a[j] -= r * x[j][i];
            for (let k = 0; k <= j; ++k) cmat[j * p + k] -= r * x[j][i] * x[k][i];
          }
        }
      }
      atRisk += blockStart[b + 1] - blockStart[b];
    }
    let deaths = 0;
    let deathRisk = 0;
    let gt = 0;
    for (let s = blockStart[b]; s < blockStart[b + 1]; ++s) {
      const i = order[s];
      const r = w[i] * risk[i];
      if (event[i]) {
        deaths += w[i];
        deathRisk += r;
        gt = g[i] - gMean;
        for (let j = 0; j < p; ++j) {
          u[j] += w[i] * x[j][i];
          u[j + p] += gt * w[i] * x[j][i];
          a2[j] += r * x[j][i];
          for (let k = 0; k <= j; ++k) cmat2[j * p + k] += r * x[j][i] * x[k][i];
        }
      } else {
        denom += r;
        for (let j = 0; j < p; ++j) {
          a[j] += r * x[j][i];
          for (let k = 0; k <= j; ++k) cmat[j * p + k] += r * x[j][i] * x[k][i];
        }
      }
    }
    if (deaths === 0) continue;
    // Breslow adds the tied deaths at once; Efron in `deaths` steps of 1/deaths each.
    const steps = options.ties === "breslow" ? 1 : deaths;
    const weight = deaths / steps;
    for (let step = 0; step < steps; ++step) {
      denom += deathRisk / steps;
      for (let j = 0; j < p; ++j) {
        a[j] += a2[j] / steps;
        const mean = a[j] / denom;
        u[j] -= weight * mean;
        u[j + p] -= gt * weight * mean;
        for (let k = 0; k <= j; ++k) {
          cmat[j * p + k] += cmat2[j * p + k] / steps;
          const v = (weight * (cmat[j * p + k] - mean * a[k])) / denom;
          imat[k * q + j] += v;
          imat[k * q + j + p] += gt * v;
          imat[(k + p) * q + j + p] += gt * gt * v;
        }
      }
    }
    a2.fill(0);
    cmat2.fill(0);
  }
  // Fill the lower triangles of each block and the lower-left block from the upper-right.
  for (let j = 0; j < p; ++j) {
    for (let k = 0; k < j; ++k) {
      imat[j * q + k] = imat[k * q + j];
      imat[j * q + k + p] = imat[k * q + j + p];
      imat[(j + p) * q + k + p] = imat[(k + p) * q + j + p];
    }
  }
  for (let j = 0; j < p; ++j) for (let k = 0; k < p; ++k) imat[(j + p) * q + k] = imat[k * q + j + p];

  const scoreTest = (indices: number[]): CoxPHTest => {
    const sub = indices.map((r) => indices.map((c) => imat[r * q + c]));
    const score = indices.map((r) => (r < p ? 0 : u[r]));
    const solved = solveLinear(sub, score);
    const chisq = solved.reduce((sum, v, i) => sum + v * score[i], 0);
    const df = indices.length - p;
    return {chisq, df, p: chiSquareUpperTail(chisq, df)};
  };
  const base = Array.from({length: p}, (_, j) => j);
  return {
    terms: kept.map(({term}) => term),
    tests: base.map((j) => scoreTest([...base, j + p])),
    global: scoreTest([...base, ...base.map((j) => j + p)]),
    transform
  };
}

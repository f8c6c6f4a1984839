// Log partial likelihood, score vector and information matrix of the Cox
// model at one beta, in a single backward pass over time (survival's
// coxfit6_iter with no offset). A row of weight w counts as w identical rows
// (frequency weights): Efron's approximation then splits the block's total
// weight of deaths, as it would the expanded rows, where R's coxph weights
// would split their row count. Risk-set sums of
// exp(eta), x exp(eta) and x x' exp(eta) accumulate from the latest time down;
// within a block of tied times the deaths enter together (Breslow) or in
// ndead equal fractions (Efron). With entry times ((start, stop] data, as
// agfit4) a row leaves the sums again at the first block, going backwards,
// at or before its entry; when nobody is left the sums restart from exact
// zeros, as agfit4 does, so a gap in the risk set leaves no rounding behind.
import type {RiskSets} from "./cox-ph-risk-sets.js";

export interface CoxDesign {
  /** Covariates in sorted row order, row-major: x[s * p + k]. */
  x: Float64Array;
  /** Event indicators in sorted row order. */
  status: Uint8Array;
  /** Frequency weights in sorted row order (ones for plain rows). */
  weight: Float64Array;
  p: number;
  sets: RiskSets;
  efron: boolean;
}

/** Scratch space reused across Newton-Raphson steps. */
export interface CoxScratch {
  a: Float64Array;
  a2: Float64Array;
  cmat: Float64Array;
  cmat2: Float64Array;
}

export function coxScratch(p: number): CoxScratch {
  return {a: new Float64Array(p), a2: new Float64Array(p), cmat: new Float64Array(p * p), cmat2: new Float64Array(p * p)};
}

/**
 * Returns the log partial likelihood at beta and overwrites u with the score
 * and the upper triangle (imat[j * p + i], j <= i) of imat with the
 * information matrix; the rest of imat is zeroed.
 */
export function partialLikelihood(design: CoxDesign, beta: Float64Array, u: Float64Array, imat: Float64Array, scratch: CoxScratch): number {
  const {x, status, weight, p, efron} = design;
  const {blockStart, lastInStratum, blocks, leaveStart, leaveRows} = design.sets;
  const {a, a2, cmat, cmat2} = scratch;
  let loglik = 0;
  let denom = 0;
  u.fill(0);
  imat.fill(0);
  a2.fill(0);
  cmat2.fill(0);
  let atRisk = 0;
  for (let b = blocks - 1; b >= 0; --b) {
    if (lastInStratum[b]) {
      denom = 0;
      a.fill(0);
      cmat.fill(0);
      atRisk = 0;
    }
    if (leaveStart !== undefined && leaveRows !== undefined) {
      const from = leaveStart[b];
      const to = leaveStart[b + 1];
      atRisk -= to - from;
      if (atRisk === 0) {
        denom = 0;
        a.fill(0);
        cmat.fill(0);
      } else {
        for (let q = from; q < to; ++q) {
          const row = leaveRows[q] * p;
          let zbeta = 0;
          for (let i = 0; i < p; ++i) zbeta += beta[i] * x[row + i];
          const risk = weight[leaveRows[q]] * Math.exp(zbeta);
          denom -= risk;
          for (let i = 0; i < p; ++i) {
            const rx = risk * x[row + i];
            a[i] -= rx;
            for (let j = 0; j <= i; ++j) cmat[i * p + j] -= rx * x[row + j];
          }
        }
      }
      atRisk += blockStart[b + 1] - blockStart[b];
    }
    let ndead = 0;
    let denom2 = 0;
    for (let s = blockStart[b + 1] - 1; s >= blockStart[b]; --s) {
      const row = s * p;
      let zbeta = 0;
      for (let i = 0; i < p; ++i) zbeta += beta[i] * x[row + i];
      const w = weight[s];
      const risk = w * Math.exp(zbeta);
      if (status[s] === 0) {
        denom += risk;
        for (let i = 0; i < p; ++i) {
          const rx = risk * x[row + i];
          a[i] += rx;
          for (let j = 0; j <= i; ++j) cmat[i * p + j] += rx * x[row + j];
        }
      } else {
        ndead += w;
        denom2 += risk;
        loglik += w * zbeta;
        for (let i = 0; i < p; ++i) {
          const rx = risk * x[row + i];
          u[i] += w * x[row + i];
          a2[i] += rx;
          for (let j = 0; j <= i; ++j) cmat2[i * p + j] += rx * x[row + j];
        }
      }
    }
    if (ndead === 0) continue;
    if (!efron || ndead === 1) {
      denom += denom2;
      loglik -= ndead * Math.log(denom);
      for (let i = 0; i < p; ++i) {
        a[i] += a2[i];
        const mean = a[i] / denom;
        u[i] -= ndead * mean;
        for (let j = 0; j <= i; ++j) {
          cmat[i * p + j] += cmat2[i * p + j];
          imat[j * p + i] += (ndead * (cmat[i * p + j] - mean * a[j])) / denom;
        }
      }
    } else {
      for (let k = 0; k < ndead; ++k) {
        denom += denom2 / ndead;
        loglik -= Math.log(denom);
        for (let i = 0; i < p; ++i) {
          a[i] += a2[i] / ndead;
          const mean = a[i] / denom;
          u[i] -= mean;
          for (let j = 0; j <= i; ++j) {
            cmat[i * p + j] += cmat2[i * p + j] / ndead;
            imat[j * p + i] += (cmat[i * p + j] - mean * a[j]) / denom;
          }
        }
      }
    }
    a2.fill(0);
    cmat2.fill(0);
  }
  return loglik;
}

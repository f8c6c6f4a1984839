// Cox proportional hazards regression, numerically as R's
// coxph(Surv(time, event) ~ x1 + ... [+ strata(s)]) with coxph.control()
// defaults: survival's coxph.fit / coxfit6 Newton-Raphson from beta = 0,
// step halving, convergence on the relative change of the log partial
// likelihood, covariates centred and scaled (except those coded within
// {-1, 0, 1}, coxph's `nocenter`), singular columns detected by the
// generalized Cholesky and reported as null. With entry times,
// coxph(Surv(entry, time, event) ~ ...): agreg.fit's agfit4 instead.
import {chiSquareUpperTail, normalQuantile, normalTwoSidedP} from "../stats/distributions.js";
import type {EventLike} from "./validate-input.js";
import {choleskyFactor, choleskyInverse, choleskySolve} from "./cox-ph-cholesky.js";
import {coxScratch, partialLikelihood, type CoxDesign} from "./cox-ph-partial-likelihood.js";
import {preparedCox} from "./cox-ph-prepared.js";

export interface CoxPHInput {
  time: ArrayLike<number>;
  event: ArrayLike<EventLike>;
  /** Named numeric covariate columns; terms keep this insertion order. */
  covariates: Record<string, ArrayLike<number>>;
  /** Stratum labels: a separate baseline hazard per stratum. */
  strata?: ArrayLike<unknown>;
  /** Entry (start) times: each row is at risk on (entry, time], R's Surv(entry, time, event). */
  entry?: ArrayLike<number>;
  /**
   * Frequency weights, whole numbers: a row of weight w counts as w identical
   * rows, Efron ties included, so counts of distinct rows give the rows' fit.
   * (R's coxph weights differ under Efron ties: they split the row count.)
   */
  weights?: ArrayLike<number>;
}

export interface CoxPHOptions {
  /** Handling of tied event times; "efron" (default) as R coxph. */
  ties?: "efron" | "breslow";
  /** Confidence level of the hazard-ratio intervals; 0.95 by default. */
  confLevel?: number;
}

export interface CoxPHTest {
  chisq: number;
  df: number;
  p: number;
}

/** Per-term values are null where R reports NA: terms aliased with others (or constant) and every term when no event occurred. */
export interface CoxPHResult {
  terms: string[];
  coef: (number | null)[];
  se: (number | null)[];
  hr: (number | null)[];
  lower: (number | null)[];
  upper: (number | null)[];
  z: (number | null)[];
  p: (number | null)[];
  /** Log partial likelihood at beta = 0 and at the estimate. */
  loglik: [number, number];
  lrTest: CoxPHTest;
  waldTest: CoxPHTest;
  /** R's fit$var: the variance matrix of the coefficients, rows and columns in term order, 0 for singular terms. */
  variance: number[][];
  /** Score (log-rank) test at beta = 0. */
  scoreTest: CoxPHTest;
  /** R's fit$iter: Newton-Raphson steps taken, iterMax + 1 when it did not converge. */
  iterations: number;
  converged: boolean;
  /**
   * Per term, coxph's "Loglik converged before variable k; coefficient may be
   * infinite": the likelihood levelled off while the next Newton step for that
   * coefficient was still large, as it does when the likelihood rises to
   * infinity (one group's events all before the other's), but also, a
   * heuristic, on finite estimates near 0 when rows are weighted by thousands.
   * coxLikelihoodShape decides it exactly for one two-valued covariate.
   */
  infinite: boolean[];
  n: number;
  nEvent: number;
}

// coxph.control() defaults.
const EPS = 1e-9;
const TOLER_INF = Math.sqrt(EPS);
const TOLER_CHOL = 2 ** (-52 * 0.75);
const ITER_MAX = 20;

function chiSquareTest(chisq: number, df: number): CoxPHTest {
  return {chisq, df, p: chiSquareUpperTail(chisq, df)};
}

/** R's coxph.wtest: b' V^-1 b over the non-NA coefficients, V inverted by the generalized Cholesky. */
function waldChiSquare(variance: Float64Array, p: number, coef: Float64Array, keep: number[]): number {
  const q = keep.length;
  if (q === 1) {
    const b = coef[keep[0]];
    return (b * b) / variance[keep[0] * p + keep[0]];
  }
  const v = new Float64Array(q * q);
  const b = new Float64Array(q);
  keep.forEach((i, r) => {
    b[r] = coef[i];
    keep.forEach((j, c) => (v[r * q + c] = variance[i * p + j]));
  });
  choleskyFactor(v, q, TOLER_CHOL);
  const solved = Float64Array.from(b);
  choleskySolve(v, q, solved);
  let sum = 0;
  for (let r = 0; r < q; ++r) sum += b[r] * solved[r];
  return sum;
}

/** Where Newton-Raphson ended: imat holds the inverse information (upper triangle) at beta. */
interface NewtonFit {
  beta: Float64Array;
  /** The score at beta when converged (the step Newton would still take is u' imat). */
  u: Float64Array;
  imat: Float64Array;
  loglik0: number;
  loglik1: number;
  score: number;
  /** Rank of the information (cholesky2's), or R's code for how the iteration ended. */
  flag: number;
  converged: boolean;
  iterations: number;
}

/** coxfit6's iteration, for (0, time] data. */
function newtonCoxfit6(design: CoxDesign): NewtonFit {
  const {p} = design;
  const scratch = coxScratch(p);
  const beta = new Float64Array(p);
  const newBeta = new Float64Array(p);
  const u = new Float64Array(p);
  const imat = new Float64Array(p * p);

  const loglik0 = partialLikelihood(design, beta, u, imat, scratch);
  let loglik1 = loglik0;
  const step = Float64Array.from(u);
  let flag = choleskyFactor(imat, p, TOLER_CHOL);
  choleskySolve(imat, p, step);
  let score = 0;
  for (let i = 0; i < p; ++i) score += u[i] * step[i];
  for (let i = 0; i < p; ++i) newBeta[i] = beta[i] + step[i];

  let converged = false;
  let halving = 0;
  let iter = 1;
  for (; iter <= ITER_MAX; ++iter) {
    const newLoglik = partialLikelihood(design, newBeta, u, imat, scratch);
    flag = choleskyFactor(imat, p, TOLER_CHOL);
    let finite = Number.isFinite(newLoglik);
    for (let i = 0; i < p && finite; ++i) {
      if (!Number.isFinite(u[i])) finite = false;
      for (let j = 0; j < p; ++j) if (!Number.isFinite(imat[i * p + j])) finite = false;
    }
    if (finite && Math.abs(1 - loglik1 / newLoglik) <= EPS) {
      loglik1 = newLoglik;
      beta.set(newBeta);
      choleskyInverse(imat, p);
      if (halving) flag = -2;
      converged = true;
      break;
    }
    if (!finite || newLoglik < loglik1) {
      // Worse than the best so far: pull the step back towards it, harder each time.
      ++halving;
      for (let i = 0; i < p; ++i) newBeta[i] = (newBeta[i] + halving * beta[i]) / (halving + 1);
    } else {
      halving = 0;
      loglik1 = newLoglik;
      choleskySolve(imat, p, u);
      for (let i = 0; i < p; ++i) {
        beta[i] = newBeta[i];
        newBeta[i] += u[i];
      }
    }
  }
  if (!converged) {
    // As coxfit6 after running out of iterations: the information is recomputed
    // at the last accepted beta and inverted without refactoring, so the
    // reported variance is its diagonal inverse.
    loglik1 = partialLikelihood(design, beta, u, imat, scratch);
    choleskyInverse(imat, p);
    flag = 1000;
  }

  return {beta, u, imat, loglik0, loglik1, score, flag, converged, iterations: converged ? iter : ITER_MAX + 1};
}

/**
 * agfit4's iteration, for (start, stop] data, which differs from coxfit6 in
 * three ways: a step still being halved, or one that changes the rank of the
 * information, never counts as converged; out of iterations it keeps the last
 * attempted beta unless that was worse than the best by more than eps; and
 * R's fit$iter is then iter.max, not iter.max + 1.
 */
function newtonAgfit4(design: CoxDesign): NewtonFit {
  const {p} = design;
  const scratch = coxScratch(p);
  const beta = new Float64Array(p);
  const oldBeta = new Float64Array(p);
  const u = new Float64Array(p);
  const imat = new Float64Array(p * p);

  let newLoglik = partialLikelihood(design, beta, u, imat, scratch);
  const loglik0 = newLoglik;
  let loglik1 = newLoglik;
  const rank = choleskyFactor(imat, p, TOLER_CHOL);
  const step = Float64Array.from(u);
  choleskySolve(imat, p, step);
  let score = 0;
  for (let i = 0; i < p; ++i) score += u[i] * step[i];
  for (let i = 0; i < p; ++i) beta[i] += step[i];

  let converged = false;
  let halving = 0;
  let iter = 1;
  for (; iter <= ITER_MAX; ++iter) {
    newLoglik = partialLikelihood(design, beta, u, imat, scratch);
    let fail = 0;
    for (let i = 0; i < p; ++i) if (!Number.isFinite(imat[i * p + i])) ++fail;
    const rank2 = choleskyFactor(imat, p, TOLER_CHOL);
    fail += (Number.isFinite(newLoglik) ? 0 : 1) + Math.abs(rank - rank2);
    if (fail === 0 && halving === 0 && Math.abs(1 - loglik1 / newLoglik) <= EPS) {
      converged = true;
      break;
    }
    if (iter === ITER_MAX) {
      if ((newLoglik - loglik1) / Math.abs(loglik1) < -EPS) {
        beta.set(oldBeta);
        newLoglik = partialLikelihood(design, beta, u, imat, scratch);
        choleskyFactor(imat, p, TOLER_CHOL);
      }
      break;
    }
    if (fail > 0 || newLoglik < loglik1) {
      ++halving;
      for (let i = 0; i < p; ++i) beta[i] = (oldBeta[i] * halving + beta[i]) / (halving + 1);
    } else {
      halving = 0;
      loglik1 = newLoglik;
      choleskySolve(imat, p, u);
      for (let i = 0; i < p; ++i) {
        oldBeta[i] = beta[i];
        beta[i] += u[i];
      }
    }
  }
  choleskyInverse(imat, p);
  return {beta, u, imat, loglik0, loglik1: newLoglik, score, flag: rank, converged, iterations: iter};
}

export function coxPH(input: CoxPHInput, options: CoxPHOptions = {}): CoxPHResult {
  const {terms, total, nEvent, confLevel, entry, scale, design} = preparedCox(input, options);
  const p = terms.length;
  if (design === null) {
    // coxph's shortcut without events: every coefficient NA, loglik c(0, 0) and tests 0 on 0 df.
    const none = terms.map(() => null);
    return {
      terms, coef: none, se: none, hr: none, lower: none, upper: none, z: none, p: none,
      loglik: [0, 0], lrTest: chiSquareTest(0, 0), waldTest: chiSquareTest(0, 0), scoreTest: chiSquareTest(0, 0), variance: terms.map(() => terms.map(() => 0)),
      iterations: 0, converged: true, infinite: terms.map(() => false), n: total, nEvent
    };
  }

  const {beta, u, imat, loglik0, loglik1, score, flag, converged, iterations} = entry ? newtonAgfit4(design) : newtonCoxfit6(design);

  // Back to the original scale, symmetric variance matrix.
  const variance = new Float64Array(p * p);
  const coefAll = new Float64Array(p);
  for (let i = 0; i < p; ++i) {
    coefAll[i] = beta[i] * scale[i];
    for (let j = 0; j <= i; ++j) {
      const v = imat[j * p + i] * scale[i] * scale[j];
      variance[i * p + j] = v;
      variance[j * p + i] = v;
    }
  }
  const singular = terms.map((_, i) => flag < p && variance[i * p + i] === 0);
  // coxph.fit and agreg.fit: |u' V| at the final beta is the step Newton would still take; u and V are on the scaled x.
  const infinite = terms.map((_, k) => {
    if (!converged || singular[k]) return false;
    let step = 0;
    for (let j = 0; j < p; ++j) step += u[j] * imat[Math.min(j, k) * p + Math.max(j, k)];
    const size = Math.abs(step) * scale[k];
    return size > EPS && size > TOLER_INF * Math.abs(coefAll[k]);
  });
  const keep = terms.map((_, i) => i).filter((i) => !singular[i]);
  const df = keep.length;
  const zCrit = normalQuantile((1 + confLevel) / 2);
  const perTerm = (f: (b: number, se: number) => number) =>
    terms.map((_, i) => (singular[i] ? null : f(coefAll[i], Math.sqrt(variance[i * p + i]))));

  return {
    terms,
    coef: perTerm((b) => b),
    se: perTerm((_, se) => se),
    hr: perTerm((b) => Math.exp(b)),
    lower: perTerm((b, se) => Math.exp(b - zCrit * se)),
    upper: perTerm((b, se) => Math.exp(b + zCrit * se)),
    z: perTerm((b, se) => b / se),
    p: perTerm((b, se) => normalTwoSidedP(b / se)),
    loglik: [loglik0, loglik1],
    lrTest: chiSquareTest(2 * (loglik1 - loglik0), df),
    waldTest: chiSquareTest(df === 0 ? 0 : waldChiSquare(variance, p, coefAll, keep), df),
    variance: terms.map((_, i) => terms.map((_, j) => variance[i * p + j])),
    scoreTest: chiSquareTest(score, df),
    iterations,
    converged,
    infinite,
    n: total,
    nEvent
  };
}

/**
 * coxPH(input, options).scoreTest, R's fit$score, without the fit where that
 * gives the same test: with entry times (agreg.fit), a full-rank information
 * at beta = 0 fixes the df at the number of terms, and the score is the first
 * Newton step's u' I^-1 u, so one pass over the risk sets replaces one per
 * step. Otherwise (no entry times, or a singular information) it fits.
 */
export function coxPHScoreTest(input: CoxPHInput, options: CoxPHOptions = {}): CoxPHTest {
  if (input.entry === undefined) return coxPH(input, options).scoreTest;
  const {terms, design} = preparedCox(input, options);
  if (design === null) return chiSquareTest(0, 0);
  const p = terms.length;
  const u = new Float64Array(p);
  const imat = new Float64Array(p * p);
  partialLikelihood(design, new Float64Array(p), u, imat, coxScratch(p));
  if (choleskyFactor(imat, p, TOLER_CHOL) < p) return coxPH(input, options).scoreTest;
  const step = Float64Array.from(u);
  choleskySolve(imat, p, step);
  let score = 0;
  for (let i = 0; i < p; ++i) score += u[i] * step[i];
  return chiSquareTest(score, p);
}

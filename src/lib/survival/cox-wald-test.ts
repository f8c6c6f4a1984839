// The Wald test of a set of a Cox model's terms, b' V^-1 b on as many degrees
// of freedom as terms: what R gives for an interaction of several levels
// (b <- coef(fit)[terms]; V <- vcov(fit)[terms, terms]; t(b) %*% solve(V, b)).
import {chiSquareUpperTail} from "../stats/distributions.js";
import type {CoxPHResult, CoxPHTest} from "./cox-ph.js";
import {solveLinear} from "./solve-linear.js";

/** Null when a term is missing from the model or could not be estimated (singular, or an infinite coefficient). */
export function coxWaldTest(fit: CoxPHResult, terms: readonly string[]): CoxPHTest | null {
  const index = terms.map((t) => fit.terms.indexOf(t));
  if (index.length === 0 || index.some((i) => i < 0 || fit.coef[i] === null || fit.infinite[i])) return null;
  const b = index.map((i) => fit.coef[i]!);
  const v = index.map((i) => index.map((j) => fit.variance[i][j]));
  let chisq: number;
  try {
    const solved = solveLinear(v, b);
    chisq = b.reduce((sum, x, k) => sum + x * solved[k], 0);
  } catch {
    return null;
  }
  return {chisq, df: terms.length, p: chiSquareUpperTail(chisq, terms.length)};
}

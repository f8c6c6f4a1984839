// Whether the log partial likelihood of a Cox model with one two-valued
// covariate peaks at a finite coefficient or keeps rising towards +-infinity,
// decided from the risk sets rather than from where Newton-Raphson stopped.
// With x taking a high and a low value, each event time t contributes a
// concave term whose slope tends, as beta -> +infinity, to
//   d1(t) - d(t) [H(t) > 0] = -d0(t) [H(t) > 0]
// (d1, d0: weighted deaths of the high and low group at t; H(t), L(t): the
// high and low group's weight at risk just before t), for Breslow's and
// Efron's ties alike, since each of Efron's d fractional risk sets keeps a
// positive share of every row at risk. The likelihood, a sum of concave
// terms, is non-decreasing everywhere exactly when that limit is 0, that is
// when no low event meets a high row at risk, and it then rises strictly
// when some event's risk set holds both groups. Symmetrically towards
// -infinity with the groups swapped; with no event meeting both groups it is
// flat (coxph: coefficient NA).
import type {CoxPHInput} from "./cox-ph.js";
import {preparedCox} from "./cox-ph-prepared.js";

/**
 * "finite": the likelihood peaks at a finite coefficient. "increasing" and
 * "decreasing": it rises strictly all the way to beta = +infinity or
 * -infinity (the MLE is infinite). "flat": it does not depend on beta, no
 * event's risk set holding both values (or there are no events).
 */
export type CoxLikelihoodShape = "finite" | "increasing" | "decreasing" | "flat";

export function coxLikelihoodShape(input: CoxPHInput): CoxLikelihoodShape {
  const names = Object.keys(input.covariates);
  if (names.length !== 1) throw new RangeError(`covariates has ${names.length} columns (${names.join(", ")}), expected exactly one`);
  const {design} = preparedCox(input, {});
  if (design === null) return "flat";
  const {x, status, weight} = design;
  const {blockStart, lastInStratum, blocks, leaveStart, leaveRows} = design.sets;
  // Centring and scaling keep x's order, so the high group is the larger scaled value.
  let high = -Infinity;
  let low = Infinity;
  for (let s = 0; s < x.length; ++s) {
    high = Math.max(high, x[s]);
    low = Math.min(low, x[s]);
  }
  for (let s = 0; s < x.length; ++s) {
    if (x[s] !== high && x[s] !== low) {
      throw new RangeError(`covariates.${names[0]} has more than two distinct values, expected a two-valued (e.g. 0/1) column`);
    }
  }
  // Whole-number weights: these sums are exact, so a risk set emptied by leaving rows is exactly 0.
  let highAtRisk = 0;
  let lowAtRisk = 0;
  let lowEventsMeetingHigh = 0;
  let highEventsMeetingLow = 0;
  for (let b = blocks - 1; b >= 0; --b) {
    if (lastInStratum[b]) {
      highAtRisk = 0;
      lowAtRisk = 0;
    }
    if (leaveStart !== undefined && leaveRows !== undefined) {
      for (let q = leaveStart[b]; q < leaveStart[b + 1]; ++q) {
        const s = leaveRows[q];
        if (x[s] === high) highAtRisk -= weight[s];
        else lowAtRisk -= weight[s];
      }
    }
    let highDeaths = 0;
    let lowDeaths = 0;
    for (let s = blockStart[b]; s < blockStart[b + 1]; ++s) {
      const isHigh = x[s] === high;
      if (isHigh) highAtRisk += weight[s];
      else lowAtRisk += weight[s];
      if (status[s] === 1) {
        if (isHigh) highDeaths += weight[s];
        else lowDeaths += weight[s];
      }
    }
    if (highAtRisk > 0) lowEventsMeetingHigh += lowDeaths;
    if (lowAtRisk > 0) highEventsMeetingLow += highDeaths;
  }
  if (lowEventsMeetingHigh > 0 && highEventsMeetingLow > 0) return "finite";
  if (highEventsMeetingLow > 0) return "increasing";
  if (lowEventsMeetingHigh > 0) return "decreasing";
  return "flat";
}

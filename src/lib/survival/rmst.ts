// Restricted mean survival time up to tau: the area under the Kaplan-Meier
// step function, with the Greenwood-type variance
//   Var = sum over times t_j <= tau of A_j^2 d_j / (n_j (n_j - d_j)),
// A_j the area between t_j and tau (terms with n_j = d_j count 0). Port of
// survRM2 1.0-x rmst1/rmst2 (unadjusted): for two groups the difference
// (second level minus first) with a normal CI and the ratio with a CI on the
// log scale (delta method). Default tau and the largest allowed tau follow
// survRM2 1.0-4's rmst2 and are extended to one or many groups in the same way.
import {normalQuantile, normalTwoSidedP} from "../stats/distributions.js";
import {checkedEvents, checkedTimes, checkedWeights, checkLengths, groupCodes, type EventLike} from "./validate-input.js";
import {kaplanMeierCurve, type KaplanMeierFit} from "./kaplan-meier-curve.js";
import {levelOrder} from "./level-order.js";
import {partitionRows} from "./partition-rows.js";
import {tabulateTimes} from "./tabulate-times.js";

export interface RmstData<G> {
  time: ArrayLike<number>;
  event: ArrayLike<EventLike>;
  group?: ArrayLike<G>;
  /** Case weights: a row of weight w counts as w rows, so aggregateRows' table gives the rows' restricted means. */
  weights?: ArrayLike<number>;
}

export interface RmstOptions<G> {
  /** Truncation time; default the largest the data support (survRM2 1.0-4 rmst2's default, see rmstTauMax). */
  tau?: number;
  confLevel?: number;
  /** Group order; default: sorted distinct labels. The difference and ratio are second / first. */
  levels?: readonly G[];
}

export interface RmstGroup<G> {
  /** The group label, null without groups. */
  group: G | null;
  rmst: number;
  se: number;
  lower: number;
  upper: number;
  /** Restricted mean time lost, tau - rmst, with its limits. */
  rmtl: number;
  rmtlLower: number;
  rmtlUpper: number;
  variance: number;
}

export interface RmstContrast {
  estimate: number;
  lower: number;
  upper: number;
  /** Two-sided normal p value; null where R gives NaN (zero variance and no difference). */
  p: number | null;
}

export interface RmstResult<G> {
  tau: number;
  confLevel: number;
  groups: RmstGroup<G>[];
  /** Two groups only: rmst(second) - rmst(first). */
  difference: (RmstContrast & {se: number}) | null;
  /** Two groups only: rmst(second) / rmst(first); logSe is the delta-method SE of its log. */
  ratio: (RmstContrast & {logSe: number}) | null;
}

export function rmst<G>(data: RmstData<G>, options: RmstOptions<G> = {}): RmstResult<G> {
  const curves = rmstCurves(data, options);
  return rmstAtTau(curves, resolveTau(curves.fits, options.tau));
}

/** The data rmst integrates, checked and fitted once: each group's Kaplan–Meier steps, for rmstAtTau at any number of taus. */
interface RmstCurves<G> {
  levels: (G | null)[];
  fits: KaplanMeierFit[];
  confLevel: number;
}

function rmstCurves<G>({time, event, group, weights}: RmstData<G>, options: Omit<RmstOptions<G>, "tau"> = {}): RmstCurves<G> {
  const confLevel = options.confLevel ?? 0.95;
  if (!(confLevel > 0 && confLevel < 1)) {
    throw new RangeError(`confLevel is ${String(confLevel)}, expected a number between 0 and 1`);
  }
  const n = time.length;
  if (n === 0) throw new RangeError("time is empty, expected at least one observation");
  checkLengths(n, {event, group, weights});
  const times = checkedTimes(time);
  const events = checkedEvents(event);
  const w = weights === undefined ? undefined : checkedWeights(weights);
  const coded = group ? groupCodes(group, "group", options.levels ?? levelOrder(group)) : null;
  const levels: (G | null)[] = coded ? coded.levels : [null];
  // rmst1 fits each arm on its own, so near-equal times are merged per arm.
  // Only the steps are read (the variance is rmst2's own), not the curve's limits.
  const rowsOf = coded ? partitionRows(coded.codes, levels.length) : [undefined];
  const fits = rowsOf.map((rows) => kaplanMeierCurve(tabulateTimes(times, events, null, 1, rows, true, w), 0, {confType: "none", confLevel}));
  fits.forEach((fit, g) => {
    if (fit.n === 0) throw new RangeError(`group ${String(levels[g])} has no observations`);
  });
  return {levels, fits, confLevel};
}

/** rmst's result at `tau`, already resolved (resolveTau), from the curves. */
function rmstAtTau<G>({levels, fits, confLevel}: RmstCurves<G>, tau: number): RmstResult<G> {
  const z = normalQuantile(1 - (1 - confLevel) / 2);
  const groups = fits.map((fit, g) => rmstOfCurve(fit, tau, z, levels[g]));
  if (groups.length !== 2) return {tau, confLevel, groups, difference: null, ratio: null};

  const [arm0, arm1] = groups;
  const diff = arm1.rmst - arm0.rmst;
  const diffSe = Math.sqrt(arm1.variance + arm0.variance);
  const logRatio = Math.log(arm1.rmst) - Math.log(arm0.rmst);
  const logSe = Math.sqrt(arm1.variance / arm1.rmst / arm1.rmst + arm0.variance / arm0.rmst / arm0.rmst);
  return {
    tau,
    confLevel,
    groups,
    difference: {estimate: diff, se: diffSe, lower: diff - z * diffSe, upper: diff + z * diffSe, p: pValue(diff / diffSe)},
    ratio: {
      estimate: Math.exp(logRatio),
      logSe,
      lower: Math.exp(logRatio - z * logSe),
      upper: Math.exp(logRatio + z * logSe),
      p: pValue(logRatio / logSe)
    }
  };
}

/**
 * rmst at each of `taus`, equal to rmst(data, {...options, tau}) for each one
 * to the last bit: the data are checked and the curves fitted once, then each
 * tau integrates them as rmst does. A tau past the largest the data support
 * throws rmst's error.
 */
export function rmstAtTaus<G>(data: RmstData<G>, taus: readonly number[], options: Omit<RmstOptions<G>, "tau"> = {}): RmstResult<G>[] {
  const curves = rmstCurves(data, options);
  return taus.map((tau) => rmstAtTau(curves, resolveTau(curves.fits, tau)));
}

function pValue(z: number): number | null {
  return Number.isNaN(z) ? null : normalTwoSidedP(z);
}

/**
 * The largest tau the data support, which is also the default: survRM2 1.0-4
 * rmst2's four cases. A curve is known up to its last time, and beyond it when
 * that last observation is an event (S has dropped to 0). So when every group
 * followed for less than the longest one ends in an event (cases 1 and 2), tau
 * runs to the largest last time; otherwise (cases 3 and 4: a shorter-followed
 * group ends censored) only to the smallest. One group: its last time.
 */
function rmstTauMax(fits: readonly KaplanMeierFit[]): number {
  const last = fits.map((fit) => fit.time[fit.time.length - 1]);
  const largest = Math.max(...last);
  const shorterEndInEvents = fits.every((fit, g) => last[g] === largest || fit.nCensor[fit.nCensor.length - 1] === 0);
  return shorterEndInEvents ? largest : Math.min(...last);
}

function resolveTau(fits: KaplanMeierFit[], tau: number | undefined): number {
  const tauMax = rmstTauMax(fits);
  if (tau === undefined) return tauMax;
  if (typeof tau !== "number" || !Number.isFinite(tau) || tau <= 0) {
    throw new RangeError(`tau is ${String(tau)}, expected a finite number > 0`);
  }
  if (tau > tauMax) {
    // rmst2's wording: only when every group ends censored does it name the minimum of the largest times.
    const allCensored = fits.every((fit) => fit.nCensor[fit.nCensor.length - 1] > 0);
    const groups = fits.length === 2 ? "the two groups" : "the groups";
    const which = allCensored && fits.length > 1 ? `the minimum of the largest observed time on each of ${groups}: ` : "";
    throw new RangeError(`The truncation time, tau, needs to be shorter than or equal to ${which} ${String(Math.round(tauMax * 100) / 100)}`);
  }
  return tau;
}

function rmstOfCurve<G>(fit: KaplanMeierFit, tau: number, z: number, group: G | null): RmstGroup<G> {
  const {time, surv, nRisk, nEvent} = fit;
  let m = 0;
  while (m < time.length && time[m] <= tau) ++m;
  // areas[0] is the first step from 0 at S = 1; areas[j] runs from time j-1 to the next time (or tau).
  const areas = new Float64Array(m + 1);
  areas[0] = m > 0 ? time[0] : tau;
  for (let j = 0; j < m; ++j) areas[j + 1] = ((j + 1 < m ? time[j + 1] : tau) - time[j]) * surv[j];
  let area = 0;
  for (let j = 0; j <= m; ++j) area += areas[j];

  let variance = 0;
  let tail = 0;
  for (let j = m - 1; j >= 0; --j) {
    tail += areas[j + 1];
    const atRisk = nRisk[j];
    const d = nEvent[j];
    const hazardVariance = atRisk - d === 0 ? 0 : d / (atRisk * (atRisk - d));
    variance += tail * tail * hazardVariance;
  }
  const se = Math.sqrt(variance);
  const lower = area - z * se;
  const upper = area + z * se;
  return {group, rmst: area, se, lower, upper, rmtl: tau - area, rmtlLower: tau - upper, rmtlUpper: tau - lower, variance};
}

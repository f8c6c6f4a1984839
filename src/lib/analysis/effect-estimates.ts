// How large the difference between two groups is, not only whether there is
// one: the Cox hazard ratio of the first group against the second (R:
// coxph(Surv(t, e) ~ I(group == first)), Efron ties, Wald CI and P) with the
// test of its proportional hazards (cox.zph, Kaplan–Meier transform), and the
// difference in restricted mean time up to tau (survRM2 1.0-4 rmst2,
// unadjusted: a chosen tau, or its default, the largest tau the data
// support). The first group is chemoembolization or carcinoid, as in the
// paper's wording. Groups under the small-group rule get neither estimate.
import {max} from "d3";
import {coxMonotone, coxPH, coxZph, rmst, type CoxPHTest} from "../survival/index.js";
import {GROUP_LABELS, GROUP_LEVELS, groupOf, weightedCount, type GroupBy} from "./compare-survival.js";
import {endpointData, type EndpointId} from "./endpoints.js";
import type {PatientRow} from "./patient-row.js";
import {MIN_GROUP_SIZE, smallGroupsNote} from "./small-groups.js";
import {inSentence} from "../format/in-sentence.js";

export interface HazardRatio {
  estimate: number;
  lower: number;
  upper: number;
  /** Wald P of the group coefficient. */
  p: number;
  /** cox.zph's test that the ratio is constant over time (transform "km"). */
  proportionalHazards: CoxPHTest;
}

/**
 * How tau was set: chosen by the reader, or survRM2's default, which runs to
 * the longer follow-up when the shorter-followed group's curve ended at 0
 * ("longer") and otherwise stops at the shorter follow-up ("shorter").
 */
export type TauRule = "chosen" | "longer" | "shorter";

export interface RmstDifference {
  tau: number;
  tauRule: TauRule;
  /** The largest tau these data support (rmst2's limit, and its default). */
  tauMax: number;
  /** Patients still followed at tau in each group whose curve has not reached 0 by then, when fewer than MIN_GROUP_SIZE. */
  fewAtRisk: {group: string; n: number}[];
  /** Restricted mean time of the first group and of the second, in months. */
  first: number;
  second: number;
  /** first − second, with its normal CI and two-sided P. */
  difference: number;
  lower: number;
  upper: number;
  p: number | null;
}

export interface EffectEstimates {
  /** The group each estimate describes, and the group it is compared with. */
  first: string;
  second: string;
  confLevel: number;
  /** Null without events in both groups: the estimate would run off to 0 or infinity. */
  hazardRatio: HazardRatio | null;
  /** Null unless both groups have patients, or when a chosen tau is past tauMax. */
  rmst: RmstDifference | null;
  /** The largest tau these data support (rmst2's limit and default); null where restricted means are not given at all. */
  tauMax: number | null;
  /** Why an estimate is missing, in words a reader understands. */
  note: string | null;
}

/** "chemoembolization or bland embolization", for the notes. */
const names = (groups: string[]) => groups.map((g) => inSentence(GROUP_LABELS[g])).join(" or ");

export interface EffectOptions {
  endpoint: EndpointId;
  groupBy: GroupBy;
  confLevel?: number;
  /** Restricted means up to this time, in months; default survRM2 rmst2's. */
  tau?: number;
}

export function effectEstimates(patients: readonly PatientRow[], {endpoint, groupBy, confLevel = 0.95, tau}: EffectOptions): EffectEstimates {
  const [first, second] = GROUP_LEVELS[groupBy];
  const base = {first, second, confLevel, hazardRatio: null, rmst: null, tauMax: null};
  const {rows, time, event, weights} = endpointData(patients, endpoint);
  const group = rows.map((p) => groupOf(p, groupBy));
  const missing = [first, second].filter((g) => !group.includes(g));
  if (missing.length > 0) return {...base, note: `No ${names(missing)} patients under these filters: no effect estimates.`};
  const tooSmall = smallGroupsNote([first, second].map((g) => ({label: GROUP_LABELS[g], n: weightedCount(group, g, weights)})));
  if (tooSmall) return {...base, note: `${tooSmall} under these filters: no hazard ratio or restricted means, since they would turn on one or two patients.`};

  const data = {time, event, group, ...(weights ? {weights} : {})};
  const levels = [second, first];
  const byDefault = rmst(data, {levels, confLevel});
  // A group whose every time is 0 (TTP of patients who never stabilized) leaves nothing to restrict the mean to.
  if (byDefault.tau === 0) return {...base, note: "One group's times are all 0 months under these filters: no effect estimates."};
  const tauMax = byDefault.tau;
  const notes: string[] = [];
  let rmstDifference: RmstDifference | null = null;
  if (tau !== undefined && tau > tauMax) {
    notes.push(`No restricted means at τ = ${tau} months: these data support τ up to ${Math.round(tauMax * 10) / 10} months, where the curves are still known.`);
  } else {
    const restricted = tau === undefined ? byDefault : rmst(data, {levels, confLevel, tau});
    const [secondMean, firstMean] = restricted.groups.map((g) => g.rmst);
    const {estimate: difference, lower, upper, p} = restricted.difference!;
    // d3.max, not Math.max(...): a registry's group holds more times than a call can take as arguments.
    const lastTimes = levels.map((g) => max(time, (t, i) => (group[i] === g ? t : undefined)) ?? -Infinity);
    const tauRule: TauRule = tau !== undefined ? "chosen" : tauMax > Math.min(...lastTimes) ? "longer" : "shorter";
    rmstDifference = {tau: restricted.tau, tauRule, tauMax, fewAtRisk: fewAtRisk(data, [first, second], restricted.tau), first: firstMean, second: secondMean, difference, lower, upper, p};
  }

  const withoutEvents = [first, second].filter((g) => !group.some((x, i) => x === g && event[i] === 1));
  if (withoutEvents.length > 0) {
    notes.push(`No events among ${names(withoutEvents)} patients under these filters: no hazard ratio, which would be infinite or zero.`);
    return {...base, rmst: rmstDifference, tauMax, note: notes.join(" ")};
  }
  const model = {time, event, covariates: {[first]: group.map((g) => (g === first ? 1 : 0))}, ...(weights ? {weights} : {})};
  const cox = coxPH(model, {confLevel});
  const [estimate, hrLower, hrUpper, hrP] = [cox.hr[0], cox.lower[0], cox.upper[0], cox.p[0]];
  // A fit still drifting after coxph's 20 iterations has no estimate to report, nor has a likelihood rising to infinity.
  // R's "coefficient may be infinite" alone is no proof: with rows weighted by thousands it also fires on a ratio near 1.
  const monotone = coxMonotone(model);
  const hazardRatio =
    !cox.converged || monotone || estimate === null || hrLower === null || hrUpper === null || hrP === null
      ? null
      : {estimate, lower: hrLower, upper: hrUpper, p: hrP, proportionalHazards: coxZph(model, {fit: cox}).global};
  if (!hazardRatio) {
    notes.push(
      monotone
        ? "No hazard ratio under these filters: the Cox likelihood keeps rising as the ratio runs off to infinity or zero (R's coxph: \"coefficient may be infinite\")."
        : "The hazard ratio cannot be estimated under these filters: the Cox fit does not converge."
    );
  }
  return {...base, hazardRatio, rmst: rmstDifference, tauMax, note: notes.length ? notes.join(" ") : null};
}

/**
 * Groups with fewer than MIN_GROUP_SIZE patients still followed at tau (time
 * >= tau), leaving out a group whose curve reached 0 before tau: its area is
 * then known exactly, whoever is left.
 */
function fewAtRisk({time, event, group, weights}: {time: number[]; event: (0 | 1)[]; group: string[]; weights?: number[]}, groups: string[], tau: number): {group: string; n: number}[] {
  return groups.flatMap((g) => {
    const own = time.map((t, i) => ({t, e: event[i], w: weights ? weights[i] : 1})).filter((_, i) => group[i] === g);
    const last = max(own, (r) => r.t) ?? -Infinity;
    const reachedZero = last < tau && own.filter((r) => r.t === last).every((r) => r.e === 1);
    const n = own.filter((r) => r.t >= tau).reduce((sum, r) => sum + r.w, 0);
    return !reachedZero && n < MIN_GROUP_SIZE ? [{group: g, n}] : [];
  });
}

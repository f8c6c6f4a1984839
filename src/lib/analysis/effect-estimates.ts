// How large the difference between two groups is, not only whether there is
// one: the Cox hazard ratio of the first group against the second (R:
// coxph(Surv(t, e) ~ I(group == first)), Efron ties, Wald CI and P) with the
// test of its proportional hazards (cox.zph, Kaplan–Meier transform), and the
// difference in restricted mean time up to tau (survRM2 rmst2, unadjusted,
// its default tau: the smaller of the two groups' last follow-up times). The
// first group is chemoembolization or carcinoid, as in the paper's wording.
import {coxPH, coxZph, rmst, type CoxPHTest} from "../survival/index.js";
import {GROUP_LABELS, GROUP_LEVELS, groupOf, type GroupBy} from "./compare-survival.js";
import {endpointData, type EndpointId} from "./endpoints.js";
import type {PatientRow} from "./patient-row.js";

export interface HazardRatio {
  estimate: number;
  lower: number;
  upper: number;
  /** Wald P of the group coefficient. */
  p: number;
  /** cox.zph's test that the ratio is constant over time (transform "km"). */
  proportionalHazards: CoxPHTest;
}

export interface RmstDifference {
  tau: number;
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
  /** Null unless both groups have patients. */
  rmst: RmstDifference | null;
  /** Why an estimate is missing, in words a reader understands. */
  note: string | null;
}

/** "chemoembolization or bland embolization", for the notes. */
const names = (groups: string[]) => groups.map((g) => GROUP_LABELS[g].toLowerCase()).join(" or ");

export function effectEstimates(patients: readonly PatientRow[], {endpoint, groupBy, confLevel = 0.95}: {endpoint: EndpointId; groupBy: GroupBy; confLevel?: number}): EffectEstimates {
  const [first, second] = GROUP_LEVELS[groupBy];
  const base = {first, second, confLevel, hazardRatio: null, rmst: null};
  const {rows, time, event} = endpointData(patients, endpoint);
  const group = rows.map((p) => groupOf(p, groupBy));
  const missing = [first, second].filter((g) => !group.includes(g));
  if (missing.length > 0) return {...base, note: `No ${names(missing)} patients under these filters: no effect estimates.`};

  const restricted = rmst({time, event, group}, {levels: [second, first], confLevel});
  // A group whose every time is 0 (TTP of patients who never stabilized) leaves nothing to restrict the mean to.
  if (restricted.tau === 0) return {...base, note: "One group's times are all 0 months under these filters: no effect estimates."};
  const [secondMean, firstMean] = restricted.groups.map((g) => g.rmst);
  const {estimate: difference, lower, upper, p} = restricted.difference!;
  const rmstDifference: RmstDifference = {tau: restricted.tau, first: firstMean, second: secondMean, difference, lower, upper, p};

  const withoutEvents = [first, second].filter((g) => !group.some((x, i) => x === g && event[i] === 1));
  if (withoutEvents.length > 0) {
    return {...base, rmst: rmstDifference, note: `No events among ${names(withoutEvents)} patients under these filters: no hazard ratio.`};
  }
  const model = {time, event, covariates: {[first]: group.map((g) => (g === first ? 1 : 0))}};
  const cox = coxPH(model, {confLevel});
  const [estimate, hrLower, hrUpper, hrP] = [cox.hr[0], cox.lower[0], cox.upper[0], cox.p[0]];
  // A fit still drifting after coxph's 20 iterations has no finite estimate to report.
  const hazardRatio =
    !cox.converged || estimate === null || hrLower === null || hrUpper === null || hrP === null
      ? null
      : {estimate, lower: hrLower, upper: hrUpper, p: hrP, proportionalHazards: coxZph(model, {fit: cox}).global};
  return {...base, hazardRatio, rmst: rmstDifference, note: hazardRatio ? null : "The hazard ratio cannot be estimated under these filters: the Cox fit does not converge."};
}

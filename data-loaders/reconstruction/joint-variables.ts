// Every fitted time of the cohort as one set of search variables, with bounds
// read from the other times at each move, so a joint search keeps the cohort
// coherent: TTP ≤ survival (or, with `stabilizationGap`, a month before the
// end of survival for patients who stabilized: latest-ttp.ts), TTTF between
// TTP and survival, and a censored TTP carries its TTTF along (both end at the
// last imaging).
import type {Flag, PatientRow} from "./cohort-types.js";
import {earliestSurvival, latestTtp} from "./latest-ttp.js";
import type {TimeVariable} from "./search-times.js";

export interface JointBounds {
  /** Smallest survival time of a patient whatever the other times (e.g. assessed at 1 month). */
  osFloor(p: PatientRow): number;
  maxFollowUp: number;
  /** Patients whose death is fixed (deaths within 30 days of a procedure). */
  deaths: ReadonlySet<PatientRow>;
  /** Keep TTP a month before the end of survival for patients who stabilized. */
  stabilizationGap?: boolean;
}

export function jointVariables(patients: readonly PatientRow[], {osFloor, maxFollowUp, deaths, stabilizationGap = false}: JointBounds): TimeVariable[] {
  return patients.flatMap((p): TimeVariable[] => {
    const ttpCeiling = () => (stabilizationGap ? latestTtp(p) : p.os_months);
    const survival: TimeVariable = {
      get lo() {
        return Math.max(osFloor(p), stabilizationGap ? earliestSurvival(p) : (p.ttp_months ?? 0), p.tttf_months ?? 0);
      },
      hi: maxFollowUp,
      swap: "os",
      ...(p.lost_to_follow_up === 1 ? {fixedEvent: 0} : deaths.has(p) ? {fixedEvent: 1} : {}),
      get: () => [p.os_months, p.os_event],
      set: (time, event) => ((p.os_months = time), (p.os_event = event as Flag))
    };
    if (p.ttp_months === null || p.ttp_months === 0) return [survival];
    if (p.ttp_event === 0) {
      const censored: TimeVariable = {
        lo: 0.1,
        get hi() {
          return ttpCeiling();
        },
        fixedEvent: 0,
        swap: `ttp ${p.arm}`,
        get: () => [p.ttp_months as number, 0],
        set: (time) => ((p.ttp_months = time), (p.tttf_months = time))
      };
      return [survival, censored];
    }
    const progression: TimeVariable = {
      lo: 0.1,
      get hi() {
        return Math.min(ttpCeiling(), p.tttf_months as number);
      },
      fixedEvent: 1,
      swap: `ttp ${p.arm}`,
      get: () => [p.ttp_months as number, 1],
      set: (time) => void (p.ttp_months = time)
    };
    const failure: TimeVariable = {
      get lo() {
        return p.ttp_months as number;
      },
      get hi() {
        return p.os_months;
      },
      swap: `tttf ${p.arm}`,
      get: () => [p.tttf_months as number, p.tttf_event as number],
      set: (time, event) => ((p.tttf_months = time), (p.tttf_event = event as Flag))
    };
    return [survival, progression, failure];
  });
}

// The TTP and TTTF of assessed patients who did not progress at 1 month, as
// search variables whose TTP may switch between a progression and a
// censoring. The joint search keeps each patient's TTP event as phase 3 set
// it; these let a search choose which patients progress. A censored TTP
// carries its TTTF along (both end at the last imaging), and the failure it
// replaced comes back when the TTP becomes a progression again.
import type {Flag, PatientRow} from "./cohort-types.js";
import type {TimeVariable} from "./search-times.js";

export function switchingProgressions(patients: readonly PatientRow[]): TimeVariable[] {
  return patients.filter((p) => p.ttp_months !== null && p.ttp_months !== 0).flatMap((p): TimeVariable[] => {
    let replaced: [number, Flag] | null = null;
    const progression: TimeVariable = {
      lo: 0.1,
      get hi() {
        return p.ttp_event === 1 ? Math.min(p.os_months, p.tttf_months as number) : p.os_months;
      },
      swap: `ttp ${p.arm}`,
      get: () => [p.ttp_months as number, p.ttp_event as number],
      set: (time, event) => {
        if (event === 0) {
          if (p.ttp_event === 1) replaced = [p.tttf_months as number, p.tttf_event as Flag];
          [p.tttf_months, p.tttf_event] = [time, 0];
        } else if (p.ttp_event === 0) {
          [p.tttf_months, p.tttf_event] = replaced && replaced[0] >= time && replaced[0] <= p.os_months ? replaced : [time, 1];
        }
        [p.ttp_months, p.ttp_event] = [time, event as Flag];
      }
    };
    // Pinned to the TTP while that is censored.
    const failure: TimeVariable = {
      get lo() {
        return p.ttp_months as number;
      },
      get hi() {
        return p.ttp_event === 1 ? p.os_months : (p.ttp_months as number);
      },
      get fixedEvent() {
        return p.ttp_event === 1 ? undefined : 0;
      },
      swap: `tttf ${p.arm}`,
      get: () => [p.tttf_months as number, p.tttf_event as number],
      set: (time, event) => ((p.tttf_months = time), (p.tttf_event = event as Flag))
    };
    return [progression, failure];
  });
}

// Numbers for a KMunicate-style table under a survival chart: at risk,
// cumulative censored and cumulative events at each chosen time. Counts are
// R's summary(fit, times = times, extend) n.risk and the running sums of its
// n.event and n.censor, so each column includes what happened at t itself.
import type {KaplanMeierFit} from "./kaplan-meier-curve.js";
import {survivalAtTimes, type AtTimesOptions} from "./survival-at-times.js";

export interface RiskTable {
  time: number[];
  nRisk: number[];
  cumEvents: number[];
  cumCensored: number[];
}

export function riskTable(fit: KaplanMeierFit, times: ArrayLike<number>, options: AtTimesOptions = {}): RiskTable {
  const at = survivalAtTimes(fit, times, options);
  let events = 0;
  let censored = 0;
  return {
    time: at.time,
    nRisk: at.nRisk,
    cumEvents: at.nEvent.map((d) => (events += d)),
    cumCensored: at.nCensor.map((c) => (censored += c))
  };
}

// The pooled curve of a figure's groups, from their fits alone: a fit without
// delayed entry holds every observation (its events and censorings at each
// time), so the groups' rows together are the pooled data, and refitting them
// gives R's survfit(Surv(time, status) ~ 1) on all patients, at the same
// confidence type and level. With delayed entry the entry times are not in the
// fit, so there is no pooled curve.
import {kaplanMeier, type KaplanMeierFit} from "../lib/survival/index.js";

export function pooledFit(fits: readonly KaplanMeierFit[]): KaplanMeierFit | null {
  if (fits.length === 0 || fits.some((fit) => fit.nEnter !== undefined)) return null;
  const time: number[] = [];
  const event: number[] = [];
  for (const fit of fits) {
    for (let i = 0; i < fit.time.length; ++i) {
      for (let k = 0; k < fit.nEvent[i]; ++k) time.push(fit.time[i]), event.push(1);
      for (let k = 0; k < fit.nCensor[i]; ++k) time.push(fit.time[i]), event.push(0);
    }
  }
  return time.length ? kaplanMeier({time, event}, {confType: fits[0].confType, confLevel: fits[0].confLevel}) : null;
}

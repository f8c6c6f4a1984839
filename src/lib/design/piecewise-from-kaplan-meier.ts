// The control arm's assumed survival, read off an observed Kaplan–Meier
// curve: exponential between its steps, so S matches the curve at every event
// time and falls smoothly in between rather than in jumps; a drop at time 0
// (TTP of patients who never stabilized) is spread over the first piece, since
// no hazard drops at a point. Beyond the last event the observed average
// hazard, −log S(t_last) / t_last, carries on, since the curve says nothing
// there and a flat tail would promise events never come.
import {piecewiseExponential, type PiecewiseExponential} from "./piecewise-exponential.js";

export interface KaplanMeierSteps {
  time: ArrayLike<number>;
  nRisk: ArrayLike<number>;
  nEvent: ArrayLike<number>;
  surv: ArrayLike<number>;
}

export function piecewiseFromKaplanMeier(fit: KaplanMeierSteps): PiecewiseExponential {
  const start = [0];
  const hazard: number[] = [];
  let previousTime = 0;
  let cumulative = 0;
  for (let i = 0; i < fit.time.length; ++i) {
    if (!(fit.nEvent[i] > 0) || !(fit.time[i] > 0)) continue;
    // A curve that reaches 0 has an infinite cumulative hazard; its last step
    // then adds the Nelson–Aalen increment d/n, which keeps the hazard finite.
    const next = fit.surv[i] > 0 ? -Math.log(fit.surv[i]) : cumulative + fit.nEvent[i] / fit.nRisk[i];
    hazard.push((next - cumulative) / (fit.time[i] - previousTime));
    start.push(fit.time[i]);
    previousTime = fit.time[i];
    cumulative = next;
    if (!(fit.surv[i] > 0)) break;
  }
  if (hazard.length === 0) throw new RangeError("the Kaplan–Meier curve has no event at a time > 0: no hazard to assume");
  hazard.push(cumulative / previousTime);
  return piecewiseExponential(start, hazard);
}

// The Nelson-Aalen cumulative hazard of a Kaplan-Meier fit, as R's survfit
// reports it beside the survival curve (cumhaz and std.chaz, ctype = 1):
// H(t) = sum over event times t_j <= t of d_j / n_j, with standard error
// sqrt(sum d_j / n_j^2). It reads the fit's risk sets, so delayed entry
// carries over unchanged.
import type {KaplanMeierFit} from "./kaplan-meier-curve.js";

export interface CumulativeHazard {
  /** The fit's times. */
  time: Float64Array;
  cumhaz: Float64Array;
  stdErr: Float64Array;
}

export function cumulativeHazard(fit: Pick<KaplanMeierFit, "time" | "nRisk" | "nEvent">): CumulativeHazard {
  const m = fit.time.length;
  const cumhaz = new Float64Array(m);
  const stdErr = new Float64Array(m);
  let h = 0;
  let v = 0;
  for (let i = 0; i < m; ++i) {
    const n = fit.nRisk[i];
    const d = fit.nEvent[i];
    if (d > 0) {
      h += d / n;
      v += d / (n * n);
    }
    cumhaz[i] = h;
    stdErr[i] = Math.sqrt(v);
  }
  return {time: fit.time, cumhaz, stdErr};
}

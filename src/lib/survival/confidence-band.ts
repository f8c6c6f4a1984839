// Pointwise confidence limits for S(t), a port of survival:::survfit_confint
// with R survfit's defaults (conf.lower = "usual", upper limit capped at 1 for
// "log" and "plain"). `se` is the standard error of log S(t) (Greenwood).

export type ConfType = "log" | "log-log" | "plain";

export const confTypes: readonly ConfType[] = ["log", "log-log", "plain"];

/** R survfit's conf.type, where "none" skips the limits (and the median's) altogether. */
export type ConfTypeOption = ConfType | "none";

/** Limits for one time point; null where R gives NA (e.g. log at S = 0, log-log at S = 0 or 1). */
export function confidenceLimits(
  surv: number,
  se: number,
  zval: number,
  confType: ConfType
): [lower: number | null, upper: number | null] {
  // R divides se by itself to get the lower-limit scale: NaN once se is infinite.
  if (!Number.isFinite(se)) return [null, null];
  if (confType === "plain") {
    const se2 = se * surv * zval;
    return [Math.max(surv - se2, 0), Math.min(surv + se2, 1)];
  }
  if (confType === "log") {
    if (surv === 0) return [null, null];
    const se2 = zval * se;
    return [Math.exp(Math.log(surv) - se2), Math.min(Math.exp(Math.log(surv) + se2), 1)];
  }
  if (surv === 0 || surv === 1) return [null, null];
  const se2 = (zval * se) / Math.log(surv);
  const loglog = Math.log(-Math.log(surv));
  return [Math.exp(-Math.exp(loglog - se2)), Math.exp(-Math.exp(loglog + se2))];
}

// Comparison of two or more groups that also works with delayed entry, where
// R's survdiff refuses (start, stop] data: the score test of
// coxph(Surv(entry, time, event) ~ group [+ strata(s)], ties), R's
// summary(fit)$sctest, with group coded as R's factor (treatment contrasts
// against the first level). Without entry times and with Breslow ties and
// no tied events it equals the log-rank test.
import {coxPHScoreTest} from "./cox-ph.js";
import {levelOrder} from "./level-order.js";
import {checkedFrequencyWeights, checkLengths, groupCodes, type EventLike} from "./validate-input.js";

export interface CoxScoreTestData<G, S = unknown> {
  time: ArrayLike<number>;
  event: ArrayLike<EventLike>;
  group: ArrayLike<G>;
  /** Entry times: at risk on (entry, time]. */
  entry?: ArrayLike<number>;
  /** Stratum labels: a separate baseline hazard per stratum (R `+ strata(s)`). */
  strata?: ArrayLike<S>;
  /** Frequency weights, whole numbers, as coxPH: a row of weight w counts as w rows. */
  weights?: ArrayLike<number>;
}

export interface CoxScoreTestOptions<G> {
  /** Group order; default: sorted distinct labels, as R's factor(). The first is the reference. */
  levels?: readonly G[];
  /** Handling of tied event times, as coxPH; "efron" (default) as R coxph. */
  ties?: "efron" | "breslow";
}

export interface CoxScoreTestResult<G> {
  /** Names the test for a page: not survdiff's log-rank test. */
  test: "Cox score test";
  groups: G[];
  /** Rows per group (weighted rows count their weight). */
  n: number[];
  chisq: number;
  /** R's df: the group coefficients coxph estimates (levels after the first, less any without rows). */
  df: number;
  p: number;
}

export function coxScoreTest<G, S = unknown>(data: CoxScoreTestData<G, S>, options: CoxScoreTestOptions<G> = {}): CoxScoreTestResult<G> {
  const {time, event, group, entry, strata, weights} = data;
  const n = time.length;
  checkLengths(n, {event, group, weights});
  const w = weights === undefined ? undefined : checkedFrequencyWeights(weights);
  const {codes, levels} = groupCodes(group, "group", options.levels ?? levelOrder(group));
  const size = new Array<number>(levels.length).fill(0);
  for (let i = 0; i < n; ++i) size[codes[i]] += w ? w[i] : 1;
  if (size.filter((count) => count > 0).length < 2) throw new RangeError("group has fewer than two levels");
  // One 0/1 column per level after the first, R's model.matrix for a factor.
  const covariates: Record<string, Uint8Array> = {};
  for (let g = 1; g < levels.length; ++g) {
    const column = new Uint8Array(n);
    for (let i = 0; i < n; ++i) column[i] = codes[i] === g ? 1 : 0;
    covariates[`level ${g}`] = column;
  }
  const scoreTest = coxPHScoreTest({time, event, entry, strata, covariates, weights}, {ties: options.ties});
  return {test: "Cox score test", groups: levels, n: size, chisq: scoreTest.chisq, df: scoreTest.df, p: scoreTest.p};
}

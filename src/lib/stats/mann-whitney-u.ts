// Wilcoxon rank-sum / Mann–Whitney U test, R `wilcox.test(x, y, alternative, exact, correct)`.
import {averageRanks} from "./average-ranks.js";
import {checkAlternative, checkedSample, type Alternative} from "./check-input.js";
import {normalUpperTail} from "./distributions.js";
import {wilcoxonTail} from "./wilcoxon-distribution.js";

export interface MannWhitneyUOptions {
  /** Exact p value; default (as R) when both samples have fewer than 50 values. Ignored with ties. */
  exact?: boolean;
  /** Continuity correction of the normal approximation (default true, as R). */
  correct?: boolean;
  alternative?: Alternative;
}

export interface MannWhitneyUResult {
  /** R's W: the rank sum of x minus nx(nx + 1)/2, i.e. the number of (x, y) pairs with x > y, ties counting 1/2. */
  w: number;
  p: number;
  /** Whether p came from the exact distribution (false: normal approximation). */
  exact: boolean;
  alternative: Alternative;
}

export function mannWhitneyU(x: ArrayLike<number>, y: ArrayLike<number>, {exact, correct = true, alternative = "two.sided"}: MannWhitneyUOptions = {}): MannWhitneyUResult {
  checkAlternative(alternative);
  const xs = checkedSample(x, "x", 1);
  const ys = checkedSample(y, "y", 1);
  const nx = xs.length;
  const ny = ys.length;
  const pooled = new Float64Array(nx + ny);
  pooled.set(xs);
  pooled.set(ys, nx);
  const {ranks, tieSum} = averageRanks(pooled);
  let rankSum = 0;
  for (let i = 0; i < nx; ++i) rankSum += ranks[i];
  const w = rankSum - nx * (nx + 1) / 2;
  const useExact = (exact ?? (nx < 50 && ny < 50)) && tieSum === 0;
  let p: number;
  if (useExact) {
    if (alternative === "less") p = wilcoxonTail(w, nx, ny, false);
    else if (alternative === "greater") p = wilcoxonTail(w - 1, nx, ny, true);
    else {
      const oneSided = w > nx * ny / 2 ? wilcoxonTail(w - 1, nx, ny, true) : wilcoxonTail(w, nx, ny, false);
      p = Math.min(2 * oneSided, 1);
    }
  } else {
    const n = nx + ny;
    const z0 = w - nx * ny / 2;
    const sigma = Math.sqrt((nx * ny / 12) * ((n + 1) - tieSum / (n * (n - 1))));
    let correction = 0;
    if (correct) correction = alternative === "two.sided" ? Math.sign(z0) * 0.5 : alternative === "greater" ? 0.5 : -0.5;
    const z = (z0 - correction) / sigma;
    if (alternative === "less") p = normalUpperTail(-z);
    else if (alternative === "greater") p = normalUpperTail(z);
    else p = 2 * Math.min(normalUpperTail(-z), normalUpperTail(z));
  }
  return {w, p, exact: useExact, alternative};
}

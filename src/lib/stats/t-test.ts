// Two-sample t test, Student (pooled variance) or Welch, R `t.test(x, y, var.equal)`.
import {checkConfLevel, checkedSample} from "./check-input.js";
import {tQuantile, tTwoSidedP} from "./distributions.js";

export interface TTestOptions {
  /** true: Student's pooled-variance test; false (default, as R): Welch. */
  varEqual?: boolean;
  confLevel?: number;
}

export interface TTestResult {
  t: number;
  df: number;
  /** Two-sided p value. */
  p: number;
  meanX: number;
  meanY: number;
  /** meanX − meanY, with its confidence interval [lower, upper]. */
  difference: number;
  lower: number;
  upper: number;
}

// Two passes as R's mean(): the second adds back the rounding of the first.
function mean(values: Float64Array): number {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; ++i) sum += values[i];
  const m = sum / n;
  let residual = 0;
  for (let i = 0; i < n; ++i) residual += values[i] - m;
  return m + residual / n;
}

function variance(values: Float64Array, m: number): number {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; ++i) {
    const d = values[i] - m;
    sum += d * d;
  }
  return sum / (n - 1);
}

export function tTest(x: ArrayLike<number>, y: ArrayLike<number>, {varEqual = false, confLevel = 0.95}: TTestOptions = {}): TTestResult {
  checkConfLevel(confLevel);
  const minLength = varEqual ? 1 : 2;
  const xs = checkedSample(x, "x", minLength);
  const ys = checkedSample(y, "y", minLength);
  const nx = xs.length;
  const ny = ys.length;
  if (nx + ny < 3) throw new RangeError(`x and y have ${nx + ny} values together, expected at least 3`);
  const meanX = mean(xs);
  const meanY = mean(ys);
  const varX = nx > 1 ? variance(xs, meanX) : 0;
  const varY = ny > 1 ? variance(ys, meanY) : 0;
  let df: number;
  let stderr: number;
  if (varEqual) {
    df = nx + ny - 2;
    stderr = Math.sqrt((((nx - 1) * varX + (ny - 1) * varY) / df) * (1 / nx + 1 / ny));
  } else {
    const stderrX = Math.sqrt(varX / nx);
    const stderrY = Math.sqrt(varY / ny);
    stderr = Math.sqrt(stderrX ** 2 + stderrY ** 2);
    df = stderr ** 4 / (stderrX ** 4 / (nx - 1) + stderrY ** 4 / (ny - 1));
  }
  if (stderr < 10 * Number.EPSILON * Math.max(Math.abs(meanX), Math.abs(meanY)) || stderr === 0) {
    throw new RangeError("x and y are essentially constant, the t statistic is undefined");
  }
  const t = (meanX - meanY) / stderr;
  const q = tQuantile(1 - (1 - confLevel) / 2, df);
  return {t, df, p: tTwoSidedP(t, df), meanX, meanY, difference: meanX - meanY, lower: (t - q) * stderr, upper: (t + q) * stderr};
}

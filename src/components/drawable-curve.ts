// A large file's Kaplan–Meier curve has up to one step per row, far more than
// a chart has pixels across; drawing and posting every step costs the page
// time and shows nothing more. This keeps, of a fitted curve, the rows that
// can be seen at a resolution finer than the chart's: in each column of the
// grid, the first and last rows (S, 1 − S and the cumulative hazard are
// monotone, so these hold each column's entering, lowest, highest and leaving
// values), the rows with the lowest lower and highest upper confidence limit
// and where a limit starts or stops being defined, one censored row per column
// and pixel of height, and the rows either side of every time the chart may
// put a tick at. A dropped row's events, censorings and entries are added to
// the next row kept, which lies in the same column (each column's last row is
// kept) and, for a censored row, in the same pixel of height (each pixel's last
// censored row is kept): so counts summed up to any kept row, and the numbers
// at risk, survival and limits read at any tick time, equal the full curve's,
// and no censor mark appears where there was none. The median and the other
// summaries are the full fit's. Entries are summed forward as well, so a
// drawable curve is for drawing and reading at kept rows and ticks only: its
// row-to-row counts are not the full fit's.
import type {KaplanMeierFit} from "../lib/survival/index.js";

export interface DrawableCurveOptions {
  /** The time the grid ends at (the chart's x axis runs at least this far). */
  end: number;
  /** Columns across [0, end]: the chart's plot width in pixels times the sub-pixel factor wanted. */
  columns: number;
  /** Rows of the grid across S from 0 to 1: the plot's height in pixels. */
  rows: number;
  /** Times at which the curve must read as the full one (every tick the chart may draw). */
  exactAt: readonly number[];
}

/** The fit itself when it has no more rows than the grid has columns; else the rows kept as described above. */
export function drawableCurve(fit: KaplanMeierFit, {end, columns, rows, exactAt}: DrawableCurveOptions): KaplanMeierFit {
  const m = fit.time.length;
  if (m <= columns || !(end > 0)) return fit;
  const {time, surv, lower, upper, nCensor} = fit;
  const keep = new Uint8Array(m);
  const column = (i: number) => Math.min(columns, Math.floor((time[i] / end) * columns));
  // Each column's first and last rows, and its extreme limits.
  let lowest = -1;
  let highest = -1;
  for (let i = 0; i < m; ++i) {
    const c = column(i);
    const startsColumn = i === 0 || column(i - 1) !== c;
    const endsColumn = i === m - 1 || column(i + 1) !== c;
    if (startsColumn) {
      keep[i] = 1;
      lowest = highest = -1;
    }
    if (endsColumn) keep[i] = 1;
    const lo = lower[i];
    const hi = upper[i];
    if (lo !== null && (lowest < 0 || lo < lower[lowest]!)) lowest = i;
    if (hi !== null && (highest < 0 || hi > upper[highest]!)) highest = i;
    if (i > 0 && ((lo === null) !== (lower[i - 1] === null) || (hi === null) !== (upper[i - 1] === null))) keep[i] = keep[i - 1] = 1;
    if (endsColumn) {
      if (lowest >= 0) keep[lowest] = 1;
      if (highest >= 0) keep[highest] = 1;
    }
  }
  // The last censored row of each column and pixel of height.
  for (let i = 0; i < m; ++i) {
    if (nCensor[i] === 0) continue;
    let next = i + 1;
    while (next < m && nCensor[next] === 0) ++next;
    const cell = (r: number) => column(r) * (rows + 1) + Math.floor(surv[r] * rows);
    if (next === m || cell(next) !== cell(i)) keep[i] = 1;
  }
  // The rows either side of each tick time: R's summary(fit, times) reads the last row at or before it and the first at or after it.
  const ticks = Float64Array.from(exactAt).sort();
  let r = 0;
  for (const t of ticks) {
    while (r < m && time[r] < t) ++r;
    if (r > 0) keep[r - 1] = 1;
    if (r < m) keep[r] = 1;
  }
  let kept = 0;
  for (let i = 0; i < m; ++i) kept += keep[i];
  const out = {
    time: new Float64Array(kept),
    nRisk: new Float64Array(kept),
    nEvent: new Float64Array(kept),
    nCensor: new Float64Array(kept),
    nEnter: fit.nEnter ? new Float64Array(kept) : undefined,
    surv: new Float64Array(kept),
    stdErr: new Array<number | null>(kept),
    lower: new Array<number | null>(kept),
    upper: new Array<number | null>(kept)
  };
  let events = 0;
  let censored = 0;
  let entered = 0;
  for (let i = 0, k = 0; i < m; ++i) {
    events += fit.nEvent[i];
    censored += nCensor[i];
    if (fit.nEnter) entered += fit.nEnter[i];
    if (!keep[i]) continue;
    out.time[k] = time[i];
    out.nRisk[k] = fit.nRisk[i];
    out.nEvent[k] = events;
    out.nCensor[k] = censored;
    if (out.nEnter) out.nEnter[k] = entered;
    out.surv[k] = surv[i];
    out.stdErr[k] = fit.stdErr[i];
    out.lower[k] = lower[i];
    out.upper[k] = upper[i];
    events = censored = entered = 0;
    ++k;
  }
  const {nEnter, ...rest} = out;
  return {...fit, ...rest, ...(nEnter ? {nEnter} : {})};
}

import {describe, expect, it} from "vitest";
import {drawableCurve} from "../../src/components/drawable-curve.js";
import {possibleTicks} from "../../src/components/possible-ticks.js";
import {kaplanMeier, riskTable, survivalAtTimes, type KaplanMeierFit} from "../../src/lib/survival/index.js";

/** Seeded rows: exponential times (continuous, or whole units when `whole`), about 30% censored, entries before the time when asked. */
function rows(n: number, {whole = false, entry = false, seed = 7} = {}) {
  let s = seed;
  const random = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const time = new Float64Array(n);
  const event = new Uint8Array(n);
  const entries = new Float64Array(n);
  for (let i = 0; i < n; ++i) {
    const t = -Math.log(1 - random()) * 400;
    time[i] = whole ? Math.floor(t) + 1 : t + 0.01;
    event[i] = random() < 0.7 ? 1 : 0;
    entries[i] = entry ? time[i] * random() * 0.5 : 0;
  }
  return {time, event, entry: entry ? entries : undefined};
}

/** A step function's value just before x and at x (S = 1 before the first row), from rows sorted by time. */
function stepAt(fit: KaplanMeierFit, values: ArrayLike<number | null>, x: number, inclusive: boolean, start: number | null): number | null {
  let v = start;
  for (let i = 0; i < fit.time.length && (inclusive ? fit.time[i] <= x : fit.time[i] < x); ++i) v = values[i];
  return v;
}

/** Per column of the grid: the value entering it, the lowest and highest within it and the value leaving it, as drawn by a step-after line. */
function raster(fit: KaplanMeierFit, values: ArrayLike<number | null>, end: number, columns: number, start: number | null): string[] {
  const out: string[] = [];
  let i = 0;
  for (let c = 0; c < columns; ++c) {
    const a = (c / columns) * end;
    const b = ((c + 1) / columns) * end;
    const entering = stepAt(fit, values, a, false, start);
    const seen: number[] = entering === null ? [] : [entering];
    while (i < fit.time.length && fit.time[i] < a) ++i;
    for (let k = i; k < fit.time.length && fit.time[k] < b; ++k) if (values[k] !== null) seen.push(values[k] as number);
    const leaving = stepAt(fit, values, b, false, start);
    out.push(`${entering} ${Math.min(...seen)} ${Math.max(...seen)} ${leaving}`);
  }
  return out;
}

/** The (column, pixel of height) cells holding a censor mark. */
function censorCells(fit: KaplanMeierFit, end: number, columns: number, height: number): string[] {
  const cells = new Set<string>();
  for (let i = 0; i < fit.time.length; ++i) if (fit.nCensor[i] > 0) cells.add(`${Math.min(columns, Math.floor((fit.time[i] / end) * columns))} ${Math.floor(fit.surv[i] * height)}`);
  return [...cells].sort();
}

describe("drawableCurve", () => {
  const columns = 1200;
  const height = 340;
  for (const [name, options] of [["continuous times", {}], ["whole-unit times", {whole: true}], ["delayed entry", {entry: true}]] as const) {
    it(`draws the same path, band and censor marks at the grid's resolution, from far fewer rows (${name})`, () => {
      const fit = kaplanMeier(rows(30_000, options));
      const end = fit.time[fit.time.length - 1];
      const exactAt = possibleTicks(end, 40);
      const reduced = drawableCurve(fit, {end, columns, rows: height, exactAt});
      if (options.whole) expect(reduced.time.length).toBeLessThan(fit.time.length);
      else expect(reduced.time.length).toBeLessThan(fit.time.length / 3);
      expect(raster(reduced, reduced.surv, end, columns, 1)).toEqual(raster(fit, fit.surv, end, columns, 1));
      expect(raster(reduced, reduced.lower, end, columns, 1)).toEqual(raster(fit, fit.lower, end, columns, 1));
      expect(raster(reduced, reduced.upper, end, columns, 1)).toEqual(raster(fit, fit.upper, end, columns, 1));
      expect(censorCells(reduced, end, columns, height)).toEqual(censorCells(fit, end, columns, height));
      // Every count is kept, moved at most to the next row kept.
      const sum = (a: Float64Array) => a.reduce((s, x) => s + x, 0);
      expect(sum(reduced.nEvent)).toBe(sum(fit.nEvent));
      expect(sum(reduced.nCensor)).toBe(sum(fit.nCensor));
      expect({n: reduced.n, median: reduced.median, confType: reduced.confType, confLevel: reduced.confLevel}).toEqual({n: fit.n, median: fit.median, confType: fit.confType, confLevel: fit.confLevel});
    });

    it(`reads the risk table and S(t) at every possible tick exactly as the full curve (${name})`, () => {
      const fit = kaplanMeier(rows(30_000, options));
      const end = fit.time[fit.time.length - 1];
      const exactAt = possibleTicks(end, 40);
      const reduced = drawableCurve(fit, {end, columns, rows: height, exactAt});
      expect(riskTable(reduced, exactAt, {extend: true})).toEqual(riskTable(fit, exactAt, {extend: true}));
      expect(survivalAtTimes(reduced, exactAt, {extend: true})).toEqual(survivalAtTimes(fit, exactAt, {extend: true}));
    });
  }

  it("returns a curve with no more rows than columns as it is", () => {
    const fit = kaplanMeier(rows(500));
    expect(drawableCurve(fit, {end: 3000, columns, rows: height, exactAt: [0, 12]})).toBe(fit);
  });

  it("fails the raster check for a curve cut to each column's first row", () => {
    // The check can fail: keeping only where each column begins loses the steps inside it.
    const fit = kaplanMeier(rows(30_000));
    const end = fit.time[fit.time.length - 1];
    const column = (t: number) => Math.floor((t / end) * columns);
    const first = Array.from(fit.time.keys()).filter((i) => i === 0 || column(fit.time[i - 1]) !== column(fit.time[i]));
    const cut = {...fit, time: Float64Array.from(first, (i) => fit.time[i]), surv: Float64Array.from(first, (i) => fit.surv[i])};
    expect(raster(cut, cut.surv, end, columns, 1)).not.toEqual(raster(fit, fit.surv, end, columns, 1));
  });
});

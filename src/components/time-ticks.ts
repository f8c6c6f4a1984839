// Time axes read best in clinically familiar steps: 3, 6 and 12 months, and
// years; an axis in years takes quarter and half years when it is short.
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 36, 60, 120];
const YEAR_STEPS = [3, 6, 12, 24, 36, 60, 120];

/** Ticks from 0 to at least `end` with the smallest of `steps` that gives at most `maxTicks`, else a multiple of 120. */
function ticksWith(steps: readonly number[], end: number, maxTicks: number): number[] {
  const step = steps.find((s) => Math.ceil(end / s) + 1 <= maxTicks) ?? Math.ceil(end / (maxTicks - 1) / 120) * 120;
  const ticks: number[] = [];
  for (let t = 0; t < end + step; t += step) {
    ticks.push(t);
    if (t >= end) break;
  }
  return ticks;
}

/** Tick times in months from 0 to at least `maxTime` months, using the smallest familiar step that gives at most `maxTicks` ticks. */
export function monthTicks(maxTime: number, maxTicks = 9): number[] {
  return ticksWith(MONTH_STEPS, Math.max(maxTime, 1), maxTicks);
}

/** Tick times in months for an axis read in years, from 0 to at least `maxTime` months: whole years, or quarter and half years on a short axis. */
export function yearTicks(maxTime: number, maxTicks = 9): number[] {
  return ticksWith(YEAR_STEPS, Math.max(maxTime, 3), maxTicks);
}

// Month axes read best in clinically familiar steps (3, 6, 12 months, years).
const STEPS = [1, 2, 3, 6, 12, 24, 36, 60, 120];

/** Tick times from 0 to at least `maxTime`, using the smallest familiar step that gives at most `maxTicks` ticks. */
export function monthTicks(maxTime: number, maxTicks = 9): number[] {
  const end = Math.max(maxTime, 1);
  const step = STEPS.find((s) => Math.ceil(end / s) + 1 <= maxTicks) ?? Math.ceil(end / (maxTicks - 1) / 120) * 120;
  const ticks: number[] = [];
  for (let t = 0; t < end + step; t += step) {
    ticks.push(t);
    if (t >= end) break;
  }
  return ticks;
}

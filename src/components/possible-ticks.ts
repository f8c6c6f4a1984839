// Every time a Kaplan–Meier chart (km-chart.ts) may put a tick at on an axis
// ending at `end` months: its ticks come from monthTicks or, in years,
// yearTicks, with as many as its width and risk table allow. A curve reduced for
// drawing (drawable-curve.ts) keeps the rows either side of each, so the risk
// table and the numbers read at the ticks stay the full curve's whichever
// unit, width and count the chart picks.
import {monthTicks, yearTicks} from "./time-ticks.js";

/** The union of monthTicks(end, n) and yearTicks(end, n) for n from 2 to maxTicks, sorted. */
export function possibleTicks(end: number, maxTicks: number): number[] {
  const times = new Set<number>();
  for (let n = 2; n <= maxTicks; ++n) {
    for (const t of monthTicks(end, n)) times.add(t);
    for (const t of yearTicks(end, n)) times.add(t);
  }
  return [...times].sort((a, b) => a - b);
}

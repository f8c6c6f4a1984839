// How many rows take each (group, value): the distribution a count chart draws,
// which the build can publish without the rows behind it.
export interface ValueCount {
  group: string;
  value: number;
  count: number;
}

/** Sorted by group, then value. */
export function valueCounts<R>(rows: readonly R[], value: (row: R) => number | null, group: (row: R) => string): ValueCount[] {
  const counts = new Map<string, ValueCount>();
  for (const row of rows) {
    const v = value(row);
    if (v === null) continue;
    const g = group(row);
    const key = `${g}\u0000${v}`;
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, {group: g, value: v, count: 1});
  }
  return [...counts.values()].sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : a.value - b.value));
}

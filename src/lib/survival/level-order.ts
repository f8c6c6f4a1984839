// Default group order, as R's factor(): sorted distinct labels (numbers
// numerically, everything else by code units, which is R's C-locale order).

function compareLabels(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Sorted distinct labels, ignoring null, undefined and NaN (the caller's validation reports those). */
export function levelOrder<T>(labels: ArrayLike<T>): T[] {
  const seen = new Set<T>();
  for (let i = 0, n = labels.length; i < n; ++i) {
    const label = labels[i];
    if (label === null || label === undefined || (typeof label === "number" && Number.isNaN(label))) continue;
    seen.add(label);
  }
  return [...seen].sort(compareLabels);
}

// Stable counting sort by small integer keys: linear time, no comparator, and
// rows with equal keys keep their order (which reproduces R's stable order()).

export interface CountingSort {
  /** The rows, stably reordered by key. */
  order: Int32Array;
  /** Rows with key k sit at order[start[k]] .. order[start[k + 1] - 1]; length keys + 1. */
  start: Int32Array;
}

export function countingSort(rows: Int32Array, key: Int32Array, keys: number): CountingSort {
  const start = new Int32Array(keys + 1);
  for (let s = 0; s < rows.length; ++s) ++start[key[rows[s]] + 1];
  for (let k = 0; k < keys; ++k) start[k + 1] += start[k];
  const next = start.slice(0, keys);
  const order = new Int32Array(rows.length);
  for (let s = 0; s < rows.length; ++s) order[next[key[rows[s]]]++] = rows[s];
  return {order, start};
}

// Row indices of each code 0..k-1, in row order (a counting sort).

export function partitionRows(codes: Int32Array, k: number): Int32Array[] {
  const n = codes.length;
  const start = new Int32Array(k + 1);
  for (let i = 0; i < n; ++i) start[codes[i] + 1] += 1;
  for (let c = 0; c < k; ++c) start[c + 1] += start[c];
  const order = new Int32Array(n);
  const next = start.slice(0, k);
  for (let i = 0; i < n; ++i) order[next[codes[i]]++] = i;
  return Array.from({length: k}, (_, c) => order.subarray(start[c], start[c + 1]));
}

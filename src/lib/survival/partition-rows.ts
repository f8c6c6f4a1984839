// Row indices of each code 0..k-1, in row order.
import {countingSort} from "./counting-sort.js";

export function partitionRows(codes: Int32Array, k: number): Int32Array[] {
  const rows = new Int32Array(codes.length);
  for (let i = 0; i < rows.length; ++i) rows[i] = i;
  const {order, start} = countingSort(rows, codes, k);
  return Array.from({length: k}, (_, c) => order.subarray(start[c], start[c + 1]));
}

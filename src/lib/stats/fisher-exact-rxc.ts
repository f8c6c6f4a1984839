// Fisher's exact test for an r×c table (the Freeman–Halton extension),
// R `fisher.test(m)$p.value`: the probability, under independence with both
// margins fixed, of a table no more probable than the observed one.
import {checkedTable} from "./check-input.js";
import {logFactorial} from "./distributions.js";
import {fisherExact} from "./fisher-exact.js";

export interface FisherExactRxCOptions {
  /**
   * Most partial tables (columns filled so far) to visit before giving up.
   * The default keeps a call under about a second.
   */
  maxNodes?: number;
}

export interface FisherExactRxCResult {
  p: number;
}

// R's FEXACT (the network algorithm behind fisher.test for tables other than
// 2×2) counts a table as "as extreme" when its log probability is at most the
// observed one's plus this, so that ties survive rounding. R's 2×2 branch uses
// a relative 1e-7 instead, which is why 2×2 tables go to fisherExact.
const FEXACT_LOG_TOLERANCE = 3.45254e-7;

const DEFAULT_MAX_NODES = 5_000_000;

/**
 * Any r×c table of counts (r, c ≥ 2). Rows and columns whose sum is zero are
 * dropped, as FEXACT does; with fewer than two of either left, P is 1.
 * A table with no counts throws, as R stops with "FEXACT error 3".
 *
 * Tables are enumerated column by column over the remaining row sums. A
 * partial table whose completions are all at most as probable as the observed
 * table adds their total probability at once (closed form: the completions of
 * row sums R and column sums C have Σ Π 1/x! = M! / (Π R! Π C!)), one whose
 * completions are all more probable adds nothing, so only partial tables
 * straddling the observed probability are expanded.
 */
export function fisherExactRxC(table: ArrayLike<ArrayLike<number>>, {maxNodes = DEFAULT_MAX_NODES}: FisherExactRxCOptions = {}): FisherExactRxCResult {
  const {cells, rows, columns} = checkedTable(table);
  if (!(Number.isInteger(maxNodes) && maxNodes > 0)) throw new RangeError(`maxNodes is ${maxNodes}, expected a positive integer`);
  if (rows === 2 && columns === 2) return {p: fisherExact([[cells[0], cells[1]], [cells[2], cells[3]]]).p};
  const rowSums = Array.from({length: rows}, (_, i) => cells.subarray(i * columns, (i + 1) * columns).reduce((s, v) => s + v, 0));
  const columnSums = Array.from({length: columns}, (_, j) => rowSums.reduce((s, _r, i) => s + cells[i * columns + j], 0));
  const total = rowSums.reduce((s, v) => s + v, 0);
  if (total === 0) throw new RangeError("table has no counts, expected at least one (R's fisher.test stops with FEXACT error 3)");
  const keptRows = rowSums.flatMap((s, i) => (s > 0 ? [i] : []));
  const keptColumns = columnSums.flatMap((s, j) => (s > 0 ? [j] : []));
  if (keptRows.length < 2 || keptColumns.length < 2) return {p: 1};

  // Fewer rows than columns keeps each column's fillings few and the search
  // deep, where whole subtrees can be settled at once; larger columns first
  // narrow the remaining row sums soonest.
  const transpose = keptRows.length > keptColumns.length;
  const [outer, inner] = transpose ? [keptColumns, keptRows] : [keptRows, keptColumns];
  const cell = (i: number, j: number) => (transpose ? cells[inner[j] * columns + outer[i]] : cells[outer[i] * columns + inner[j]]);
  const r = outer.length;
  const order = inner.map((_, j) => j).sort((x, y) => sumColumn(y) - sumColumn(x));
  function sumColumn(j: number): number {
    let s = 0;
    for (let i = 0; i < r; ++i) s += cell(i, j);
    return s;
  }
  const c = order.length;
  const columnTotals = Int32Array.from(order, sumColumn);
  const remainingRows = Int32Array.from(outer, (_, i) => order.reduce((s, j) => s + cell(i, j), 0));

  const lf = new Float64Array(total + 1);
  for (let k = 0; k <= total; ++k) lf[k] = logFactorial(k);
  // log P(table) = constant + Σ −log x!; the search works with the sum only.
  let constant = -lf[total];
  for (let i = 0; i < r; ++i) constant += lf[remainingRows[i]];
  for (let j = 0; j < c; ++j) constant += lf[columnTotals[j]];
  let observed = 0;
  for (let i = 0; i < r; ++i) for (const j of order) observed -= lf[cell(i, j)];
  const threshold = observed + FEXACT_LOG_TOLERANCE;

  // Σ −log x! of the most even filling of `amount` into `parts` cells: no
  // filling with those sums is more probable, whatever the other margin.
  const evenSpread = (amount: number, parts: number) => {
    const q = Math.floor(amount / parts);
    const extra = amount - q * parts;
    return -(parts - extra) * lf[q] - extra * lf[q + 1];
  };
  const suffixTotals = new Int32Array(c + 1);
  for (let j = c - 1; j >= 0; --j) suffixTotals[j] = suffixTotals[j + 1] + columnTotals[j];
  // Per column, what the rows below each row can still take; a column's
  // fillings outlive the visits of the columns after it.
  const capacityAfter = new Int32Array(c * r);

  let p = 0;
  let nodes = 0;
  const visit = (j: number, value: number): void => {
    if (++nodes > maxNodes) {
      throw new RangeError(`table is too large for exact enumeration (more than ${maxNodes} partial tables with these margins); use chiSquareTest or fewer categories`);
    }
    const remaining = suffixTotals[j];
    const columnsLeft = c - j;
    let rowFactorials = 0;
    let evenByRows = 0;
    for (let i = 0; i < r; ++i) {
      rowFactorials += lf[remainingRows[i]];
      evenByRows += evenSpread(remainingRows[i], columnsLeft);
    }
    let columnFactorials = 0;
    let evenByColumns = 0;
    for (let k = j; k < c; ++k) {
      columnFactorials += lf[columnTotals[k]];
      evenByColumns += evenSpread(columnTotals[k], r);
    }
    const largest = Math.min(evenByRows, evenByColumns);
    const smallest = Math.max(-rowFactorials, -columnFactorials);
    if (value + largest <= threshold) {
      p += Math.exp(constant + value + lf[remaining] - rowFactorials - columnFactorials);
      return;
    }
    if (value + smallest > threshold) return;
    // Only straddling nodes with at least two columns left get here: the last
    // column is determined, so its largest and smallest coincide.
    const below = j * r;
    let capacity = 0;
    for (let i = r - 1; i >= 0; --i) {
      capacityAfter[below + i] = capacity;
      capacity += remainingRows[i];
    }
    const fill = (i: number, left: number, partial: number): void => {
      if (i === r - 1) {
        remainingRows[i] -= left;
        visit(j + 1, partial - lf[left]);
        remainingRows[i] += left;
        return;
      }
      const high = Math.min(remainingRows[i], left);
      for (let x = Math.max(0, left - capacityAfter[below + i]); x <= high; ++x) {
        remainingRows[i] -= x;
        fill(i + 1, left - x, partial - lf[x]);
        remainingRows[i] += x;
      }
    };
    fill(0, columnTotals[j], value);
  };
  visit(0, 0);
  return {p: Math.max(0, Math.min(1, p))};
}

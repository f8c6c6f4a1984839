import type {ToxicityTable} from "../published/types.js";
import {countsInBand} from "./in-band.js";

export interface ColumnCounts {
  category: string;
  /** Feasible procedure counts [min, max] per grade 1..5 and for the any-grade total. */
  grades: [number, number][];
  total: [number, number];
}

export interface TableDenominator {
  n: number;
  columns: ColumnCounts[];
}

/**
 * Procedure counts N for which every cell of a toxicity table is k/N for an
 * integer k, and each column's total is the sum of its grade counts. Per cell
 * the feasible k form a run [lo, hi], so a column is feasible when the run of
 * sums [Σlo, Σhi] meets the run printed as the column total.
 */
export function toxicityDenominators(table: ToxicityTable, nMin: number, nMax: number): TableDenominator[] {
  const out: TableDenominator[] = [];
  for (let n = nMin; n <= nMax; ++n) {
    const columns: ColumnCounts[] = [];
    for (const column of table.columns) {
      const grades: [number, number][] = [];
      for (const cell of column.grades) {
        const ks = countsInBand(n, cell);
        if (ks.length === 0) break;
        grades.push([ks[0], ks[ks.length - 1]]);
      }
      if (grades.length < 5) break;
      const totals = countsInBand(n, column.total);
      const lo = Math.max(totals[0] ?? Infinity, grades.reduce((s, g) => s + g[0], 0));
      const hi = Math.min(totals[totals.length - 1] ?? -Infinity, grades.reduce((s, g) => s + g[1], 0));
      if (lo > hi) break;
      columns.push({category: column.category, grades, total: [lo, hi]});
    }
    if (columns.length === table.columns.length) out.push({n, columns});
  }
  return out;
}

/** Procedure counts of the two modalities, adding to `total`, for which both tables are reproducible. */
export function jointToxicityDenominators(chemo: ToxicityTable, bland: ToxicityTable, total: number): {chemoembolization: number; bland: number}[] {
  const blandN = new Set(toxicityDenominators(bland, 1, total).map((d) => d.n));
  return toxicityDenominators(chemo, 1, total).filter((d) => blandN.has(total - d.n)).map((d) => ({chemoembolization: d.n, bland: total - d.n}));
}

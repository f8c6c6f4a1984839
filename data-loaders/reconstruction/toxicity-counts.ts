// Procedure counts per grade behind each column of Tables 1–2: for the
// modality's procedure count n, the integers k₁…k₅ whose k/n print as the
// grade cells and whose sum prints as the column total, closest to the
// printed percentages.
import {countsInBand} from "../consistency/in-band.js";
import type {ToxicityCategory, ToxicityTable} from "../published/types.js";

export type GradeCounts = Record<ToxicityCategory, number[]>;

export function toxicityCounts(table: ToxicityTable, n: number): GradeCounts {
  const out = {} as GradeCounts;
  for (const column of table.columns) {
    const options = column.grades.map((percent) => countsInBand(n, percent));
    let best: number[] | null = null;
    let bestCost = Infinity;
    const visit = (g: number, chosen: number[]) => {
      if (g === options.length) {
        const total = chosen.reduce((s, k) => s + k, 0);
        if (countsInBand(n, column.total).includes(total)) {
          const cost = chosen.reduce((s, k, i) => s + Math.abs(k - (column.grades[i] * n) / 100), 0);
          if (cost < bestCost) [best, bestCost] = [chosen.slice(), cost];
        }
        return;
      }
      for (const k of options[g]) visit(g + 1, [...chosen, k]);
    };
    visit(0, []);
    if (!best) throw new Error(`${table.id} ${column.category}: no counts over ${n} procedures print as the table`);
    out[column.category] = best;
  }
  return out;
}

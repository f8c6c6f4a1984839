// Whether the infection P value (.01) is reachable from the tables at all: for
// every split of the paper's 219 procedures that both toxicity tables allow
// (`splits`, from jointToxicityDenominators) and every infection count their
// "Infection" totals allow, the usual 2×2 tests
// (Fisher exact, chi-square with and without continuity correction) are
// computed; if none prints as published, the P conflicts with the table cells.
// The proof rests on the paper's numbers only, never on a cohort's rows.
import {countsInBand} from "../consistency/in-band.js";
import {TABLE1, TABLE2} from "../published/index.js";
import {inBand} from "../published/rounding-band.js";
import type {PublishedNumber} from "../published/types.js";
import {chiSquareTest, fisherExact} from "../../src/lib/stats/index.js";

export function infectionPConflict(number: PublishedNumber, splits: readonly {chemoembolization: number; bland: number}[]): string | null {
  const total = (table: typeof TABLE1) => table.columns.find((c) => c.category === "infection")?.total as number;
  const seen: number[] = [];
  for (const {chemoembolization: nc, bland: nb} of splits) {
    for (const kc of countsInBand(nc, total(TABLE1))) {
      for (const kb of countsInBand(nb, total(TABLE2))) {
        const table: [[number, number], [number, number]] = [[kc, nc - kc], [kb, nb - kb]];
        for (const p of [fisherExact(table).p, chiSquareTest(table).p, chiSquareTest(table, {correct: false}).p]) {
          if (inBand(p, number)) return null;
          seen.push(p);
        }
      }
    }
  }
  return `Every split the tables allow gives P between ${Math.min(...seen).toFixed(3)} and ${Math.max(...seen).toFixed(3)} (Fisher exact, chi-square with or without continuity correction), never ${number.text.replace("P = ", "")}.`;
}

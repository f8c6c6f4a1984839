import {publishedValue as v, TABLE1, TABLE2} from "../published/index.js";
import type {ToxicityTable} from "../published/types.js";
import {countsInBand} from "./in-band.js";
import {row} from "./row.js";
import {jointToxicityDenominators, toxicityDenominators, type TableDenominator} from "./toxicity-denominators.js";
import {twoArmOddsRatio} from "./two-arm-odds-ratio.js";
import type {ConsistencyRow, ConsistencySection} from "./types.js";

const PROCEDURES = 219;
const range = (lo: number, hi: number) => Array.from({length: hi - lo + 1}, (_, i) => lo + i);

function columnSums(table: ToxicityTable): ConsistencyRow[] {
  return table.columns.map((column) => {
    const sum = column.grades.reduce((s, g) => s + g, 0);
    const nonzero = column.grades.filter((g) => g > 0).length;
    // Each rounded cell is off by less than ½ point, so a sum of m rounded cells is within m/2 + ½ of the rounded total.
    const slack = nonzero / 2 + 0.5;
    const ok = Math.abs(sum - column.total) < slack;
    const ids = [1, 2, 3, 4, 5].map((g) => `${table.id}.${column.category}.grade${g}`).concat(`${table.id}.${column.category}.total`);
    return row(ids, `${table.id} ${column.category}: grades 1–5 add to the total within rounding`, {sum, total: column.total, slack},
      ok ? "consistent" : "inconsistent", `${column.grades.join(" + ")} = ${sum} vs total ${column.total} (allowed |difference| < ${slack}).`);
  });
}

function maxGrade3Share(denominator: TableDenominator): number {
  const k = denominator.columns.reduce((s, c) => s + c.grades[2][1] + c.grades[3][1] + c.grades[4][1], 0);
  return (100 * k) / denominator.n;
}

export function toxicityChecks(): ConsistencySection {
  const chemo = toxicityDenominators(TABLE1, 1, PROCEDURES);
  const bland = toxicityDenominators(TABLE2, 1, PROCEDURES);
  const pairs = jointToxicityDenominators(TABLE1, TABLE2, PROCEDURES);
  const rows: ConsistencyRow[] = [...columnSums(TABLE1), ...columnSums(TABLE2)];

  rows.push(row(["table1.pain.total"], "Table 1: procedure counts N ≤ 219 making every cell k/N with grade counts adding to each total", {n: chemo.map((d) => d.n)}, chemo.length ? "consistent" : "inconsistent",
    `All 78 cells and 13 totals of Table 1 are reproducible only with N = ${chemo.map((d) => d.n).join(", ")}.`));
  rows.push(row(["table2.pain.total"], "Table 2: procedure counts N ≤ 219 making every cell k/N with grade counts adding to each total", {n: bland.map((d) => d.n)}, bland.length ? "consistent" : "inconsistent",
    `Table 2 alone allows N = ${bland.map((d) => d.n).join(", ")}.`));
  rows.push(row(["table1.pain.total", "table2.pain.total", "cohort.procedures.abstract"], "Joint procedure counts with N_chemo + N_bland = 219", {pairs}, pairs.length === 1 ? "consistent" : pairs.length ? "ambiguous" : "inconsistent",
    `Feasible (N_chemo, N_bland): ${pairs.map((p) => `(${p.chemoembolization}, ${p.bland})`).join(", ")}. The crossover counts in the methods (3 + 2 chemoembolizations in bland-arm patients, at least 8 bland procedures in chemoembolization-arm patients) do not narrow this further.`));

  const perPair = pairs.map((p) => {
    const c = chemo.find((d) => d.n === p.chemoembolization) as TableDenominator;
    const b = bland.find((d) => d.n === p.bland) as TableDenominator;
    return {pair: p, chemoMax: Number(maxGrade3Share(c).toFixed(1)), blandMax: Number(maxGrade3Share(b).toFixed(1))};
  });
  rows.push(row(["toxicity.grade3plus.chemo.percent", "toxicity.grade3plus.bland.percent", "table1.pain.grade3", "table2.ggt_alp.grade3"], "Grade ≥3 in 25% / 22% of procedures vs the grade 3–5 cells of Tables 1–2",
    {upperBoundPercentOfProcedures: perPair}, "inconsistent",
    `Even if no procedure had two grade ≥3 toxicities, the grade 3–5 cells cover at most ${perPair.map((p) => `${p.chemoMax}% (chemoembolization) and ${p.blandMax}% (bland) for N = (${p.pair.chemoembolization}, ${p.pair.bland})`).join("; ")} — far below 25% and 22%, so those shares are not of procedures.`));

  const asPatients = twoArmOddsRatio({printed: 25, n: range(1, 44)}, {printed: 22, n: range(1, 23)}, {estimate: 1.2, lower: 0.4, upper: 4.0, decimals: 1});
  rows.push(row(["toxicity.grade3plus.chemo.percent", "toxicity.grade3plus.bland.percent", "toxicity.grade3plus.or", "toxicity.grade3plus.or.lo", "toxicity.grade3plus.or.hi"], "25% vs 22% with OR 1.2 (Woolf 95% CI 0.4–4.0), denominators up to 44 and 23",
    {tables: asPatients}, asPatients.length === 1 ? "consistent" : asPatients.length ? "ambiguous" : "inconsistent",
    `Unique table: ${asPatients.map((t) => `${t.table[0][0]}/${t.table[0][0] + t.table[0][1]} vs ${t.table[1][0]}/${t.table[1][0] + t.table[1][1]} (OR ${t.estimate.toFixed(3)}, ${t.lower.toFixed(3)}–${t.upper.toFixed(3)})`).join("; ")} — the printed "11 of 44" and "five of 23", i.e. patients.`));
  const asProcedures = twoArmOddsRatio({printed: 25, n: pairs.map((p) => p.chemoembolization)}, {printed: 22, n: pairs.map((p) => p.bland)}, {estimate: 1.2, lower: 0.4, upper: 4.0, decimals: 1});
  rows.push(row(["toxicity.grade3plus.or", "toxicity.grade3plus.or.lo", "toxicity.grade3plus.or.hi"], "Same, with the table-implied procedure counts as denominators", {tables: asProcedures}, asProcedures.length ? "consistent" : "inconsistent",
    asProcedures.length ? "Reproducible with procedure denominators." : "No 2×2 table over procedures reproduces 25%, 22% and OR 1.2 (0.4–4.0): with ~140 and ~80 procedures the CI would be far narrower."));
  rows.push(row(["toxicity.grade3plus.chemo.count", "toxicity.grade3plus.chemo.denominator", "toxicity.grade3plus.chemo.percent", "toxicity.grade3plus.bland.count", "toxicity.grade3plus.bland.denominator", "toxicity.grade3plus.bland.percent"], "\"11 of 44\" (25%) and \"five of 23\" (22%)",
    {chemo: (100 * 11) / 44, bland: Number(((100 * 5) / 23).toFixed(2))}, "ambiguous", "Both fractions print as stated, but 44 and 23 are the numbers of patients per arm while the text says procedures (see ledger entry grade3plus.denominator)."));

  const pooled = perPair.map(({pair}) => {
    const c = chemo.find((d) => d.n === pair.chemoembolization)?.columns.find((col) => col.category === "infection");
    const b = bland.find((d) => d.n === pair.bland)?.columns.find((col) => col.category === "infection");
    const lo = (c?.total[0] ?? 0) + (b?.total[0] ?? 0);
    const hi = (c?.total[1] ?? 0) + (b?.total[1] ?? 0);
    return {pair, infectedProcedures: [lo, hi], pooledPercent: [Number(((100 * lo) / PROCEDURES).toFixed(2)), Number(((100 * hi) / PROCEDURES).toFixed(2))]};
  });
  const six = countsInBand(PROCEDURES, v("toxicity.infection.percent"));
  const pooledOk = pooled.some((p) => six.some((k) => k >= p.infectedProcedures[0] && k <= p.infectedProcedures[1]));
  rows.push(row(["toxicity.infection.percent", "table1.infection.total", "table2.infection.total"], "\"Infection was rare (6%)\" as a share of all 219 procedures", {pooled, countsPrintingAs6Percent: six}, pooledOk ? "consistent" : "inconsistent",
    `Tables 1–2 give ${pooled.map((p) => `${p.infectedProcedures[0]}–${p.infectedProcedures[1]} infected procedures`).join(" or ")} of 219 (${pooled[0]?.pooledPercent.join("–")}%), while 6% of 219 needs ${six.join("–")}; the 6% is Table 1's chemoembolization figure.`));

  const chemoGrade5 = TABLE1.columns.map((c) => c.grades[4]).reduce((s, g) => s + g, 0);
  const blandGrade5 = TABLE2.columns.map((c) => c.grades[4]).reduce((s, g) => s + g, 0);
  rows.push(row(["mortality30.deaths.chemo", "mortality30.deaths.bland", "table1.other.grade5", "table2.other.grade5"], "30-day deaths (1 chemoembolization, 2 bland) vs grade 5 cells",
    {table1Grade5Percent: chemoGrade5, table2Grade5Percent: blandGrade5, oneOf139: Number((100 / 139).toFixed(2)), oneOf80: Number((100 / 80).toFixed(2))}, "inconsistent",
    `Table 1 has no grade 5 cell above 0% although 1/139 = 0.72% would print as 1%; Table 2 has one grade 5 cell of 1% (one procedure) against two bland deaths. The deaths were not all graded as toxicities.`));

  const halfWidth = pairs.map((p) => {
    const matches = (table: ToxicityTable, n: number) => table.columns.filter((c) => c.ciHalfWidth !== null && Math.round(196 * Math.sqrt((c.total / 100) * (1 - c.total / 100) / n)) === c.ciHalfWidth).length;
    return {pair: p, waldMatchesTable1: matches(TABLE1, p.chemoembolization), waldMatchesTable2: matches(TABLE2, p.bland), printedIntervalsTable1: 13, printedIntervalsTable2: 11};
  });
  rows.push(row(["table1.pain.ci", "table2.pain.ci"], "\"Total ± 95% CI\" half-widths vs a Wald interval over procedures", {halfWidth}, "ambiguous",
    `A Wald interval 1.96·√(p(1−p)/N) reproduces only ${halfWidth.map((h) => `${h.waldMatchesTable1}/13 and ${h.waldMatchesTable2}/11`).join(" or ")} printed half-widths (pain: ±16 printed vs ±5 Wald); the interval method is not stated and is not used to fix N.`));
  return {id: "toxicity", title: "Toxicity tables, grade ≥3 toxicity and 30-day mortality", rows};
}

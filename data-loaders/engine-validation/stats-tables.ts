// oddsRatio (Woolf and exact), fisherExact and chiSquareTest against R,
// from tests/fixtures/stats-{woolf,fisher,chisq}.json.
import {chiSquareTest, fisherExact, oddsRatio, type Alternative, type Table2x2} from "../../src/lib/stats/index.js";
import {Comparison} from "./compare.js";
import {readFixture} from "./read-fixture.js";
import type {Row} from "./types.js";

export const WOOLF_FILE = "stats-woolf.json";
export const FISHER_FILE = "stats-fisher.json";
export const CHISQ_FILE = "stats-chisq.json";

export interface WoolfCase {table: Table2x2; confLevel: number; estimate: number | null; lower: number | null; upper: number | null}
export interface FisherCase {table: Table2x2; alternative: Alternative; confLevel: number; p: number; estimate: number; lower: number; upper: number}
export interface ChisqCase {table: number[][]; correct: boolean; chisq: number | null; df: number; p: number | null; expected: number[][]}

/**
 * R's uniroot stops once the bracket is ~1.2e-4 wide, so the conditional MLE
 * is only as exact as its iterates; the port replays them, except where R's
 * first bracket comparison is an exact tie that rounding breaks the other way
 * (see tests/stats/odds-ratio.test.ts).
 */
export const EXACT_ODDS_RATIO_TOLERANCE = 1.2e-4;

export function woolfRow(cases: WoolfCase[] = readFixture(WOOLF_FILE)): Row {
  const comparison = new Comparison("oddsRatio", "Woolf: (ad/bc), exp(log(OR) ± qnorm · sqrt(1/a + 1/b + 1/c + 1/d))", 1e-9);
  cases.forEach((c, i) => {
    const {estimate, lower, upper} = oddsRatio(c.table, {confLevel: c.confLevel});
    comparison.check(WOOLF_FILE, `${i} ${JSON.stringify(c.table)} (${c.confLevel})`, {estimate, lower, upper}, {estimate: c.estimate, lower: c.lower, upper: c.upper});
  });
  return comparison.row();
}

export function exactOddsRatioRow(cases: FisherCase[] = readFixture(FISHER_FILE)): Row {
  const comparison = new Comparison("oddsRatio", "fisher.test(table, alternative, conf.level)$estimate, $conf.int", EXACT_ODDS_RATIO_TOLERANCE);
  cases.forEach((c, i) => {
    const {estimate, lower, upper} = oddsRatio(c.table, {method: "exact", confLevel: c.confLevel, alternative: c.alternative});
    comparison.check(FISHER_FILE, `${i} ${JSON.stringify(c.table)} (${c.alternative}, ${c.confLevel})`, {estimate, lower, upper}, {estimate: c.estimate, lower: c.lower, upper: c.upper});
  });
  return comparison.row();
}

export function fisherExactRow(cases: FisherCase[] = readFixture(FISHER_FILE)): Row {
  const comparison = new Comparison("fisherExact", "fisher.test(table, alternative)$p.value", 1e-9);
  cases.forEach((c, i) => {
    comparison.check(FISHER_FILE, `${i} ${JSON.stringify(c.table)} (${c.alternative})`, fisherExact(c.table, {alternative: c.alternative}).p, c.p);
  });
  return comparison.row();
}

export function chiSquareRow(cases: ChisqCase[] = readFixture(CHISQ_FILE)): Row {
  const comparison = new Comparison("chiSquareTest", "chisq.test(table, correct)", 1e-9);
  cases.forEach((c, i) => {
    const {chisq, df, p, expected} = chiSquareTest(c.table, {correct: c.correct});
    comparison.check(CHISQ_FILE, `${i} ${JSON.stringify(c.table)} (correct ${c.correct})`, {chisq, df, p, expected}, {chisq: c.chisq, df: c.df, p: c.p, expected: c.expected});
  });
  return comparison.row();
}

// tTest, mannWhitneyU and benjaminiHochberg against t.test, wilcox.test and
// p.adjust(p, "BH"), from tests/fixtures/stats-{ttest,mann-whitney,bh}.json.
import {benjaminiHochberg, mannWhitneyU, tTest, type Alternative} from "../../src/lib/stats/index.js";
import {Comparison} from "./compare.js";
import {readFixture} from "./read-fixture.js";
import type {Row} from "./types.js";

export const TTEST_FILE = "stats-ttest.json";
export const MANN_WHITNEY_FILE = "stats-mann-whitney.json";
export const BH_FILE = "stats-bh.json";

export interface TCase {x: number[]; y: number[]; varEqual: boolean; confLevel: number; t: number; df: number; p: number; meanX: number; meanY: number; difference: number; lower: number; upper: number}
export interface MannWhitneyCase {x: number[]; y: number[]; alternative: Alternative; exact: boolean | null; correct: boolean; w: number; p: number; exactUsed: boolean}
export interface BhCase {p: (number | null)[]; adjusted: (number | null)[]}

export function tTestRow(cases: TCase[] = readFixture(TTEST_FILE)): Row {
  const comparison = new Comparison("tTest", "t.test(x, y, var.equal, conf.level)", 1e-9);
  cases.forEach((c, i) => {
    const {x, y, varEqual, confLevel, ...expected} = c;
    const {t, df, p, meanX, meanY, difference, lower, upper} = tTest(x, y, {varEqual, confLevel});
    comparison.check(TTEST_FILE, `${i} (nx ${x.length}, ny ${y.length}, varEqual ${varEqual}, ${confLevel})`, {t, df, p, meanX, meanY, difference, lower, upper}, expected);
  });
  return comparison.row();
}

export function mannWhitneyRow(cases: MannWhitneyCase[] = readFixture(MANN_WHITNEY_FILE)): Row {
  const comparison = new Comparison("mannWhitneyU", "wilcox.test(x, y, alternative, exact, correct)", 1e-9);
  cases.forEach((c, i) => {
    const result = mannWhitneyU(c.x, c.y, {alternative: c.alternative, exact: c.exact ?? undefined, correct: c.correct});
    const label = `${i} (nx ${c.x.length}, ny ${c.y.length}, ${c.alternative}, exact ${c.exact}, correct ${c.correct})`;
    comparison.check(MANN_WHITNEY_FILE, label, {w: result.w, p: result.p, exact: result.exact}, {w: c.w, p: c.p, exact: c.exactUsed});
  });
  return comparison.row();
}

export function benjaminiHochbergRow(cases: BhCase[] = readFixture(BH_FILE)): Row {
  const comparison = new Comparison("benjaminiHochberg", 'p.adjust(p, "BH")', 1e-9);
  cases.forEach((c, i) => comparison.check(BH_FILE, `${i} (${c.p.length} values)`, benjaminiHochberg(c.p), c.adjusted));
  return comparison.row();
}

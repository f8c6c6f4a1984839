// logRank and logRankTrend against survdiff(Surv(time, event) ~ group
// [+ strata(s)], rho) and the trend statistic built from its obs, exp and var,
// from tests/fixtures/survival-log-rank.json.
import {logRank, logRankTrend} from "../../src/lib/survival/index.js";
import {Comparison} from "./compare.js";
import {readFixture} from "./read-fixture.js";
import type {Row} from "./types.js";

export const LOG_RANK_FILE = "survival-log-rank.json";

interface Input {
  time: number[];
  event: number[];
  group: (number | string)[];
  levels: (number | string)[];
  strata?: (number | string)[];
}
export interface LogRankFixture {
  cases: {name: string; input: Input; options: {rho: number}; expected: Record<string, unknown>; trend: Record<string, unknown>}[];
  trendScores: {input: Input; options: {rho: number; scores: number[]}; expected: Record<string, unknown>};
}

// R's U^2 / Var is NaN when nothing happened: written as {}, the engine reports variance 0 and null.
const NOTHING_HAPPENED = {variance: 0, chisq: null, p: null};

export function logRankRows(fixture: LogRankFixture = readFixture(LOG_RANK_FILE)): Row[] {
  const test = new Comparison("logRank", "survdiff(Surv(time, event) ~ group [+ strata(s)], rho)", 1e-9);
  const trend = new Comparison("logRankTrend", "survdiff obs, exp, var: (Σ s·(O − E))² / s'Vs", 1e-9);
  for (const c of fixture.cases) {
    const label = `"${c.name}" (rho ${c.options.rho})`;
    const {levels, ...data} = c.input;
    test.check(LOG_RANK_FILE, label, logRank(data, {rho: c.options.rho, levels}), c.expected);
    const expected = Object.keys(c.trend).length === 0 ? NOTHING_HAPPENED : c.trend;
    trend.check(LOG_RANK_FILE, label, logRankTrend(data, {rho: c.options.rho, levels}), expected);
  }
  const {input, options, expected} = fixture.trendScores;
  const {levels, ...data} = input;
  trend.check(LOG_RANK_FILE, "trendScores", logRankTrend(data, {...options, levels}), expected);
  return [test.row(), trend.row()];
}

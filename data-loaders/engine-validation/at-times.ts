// survivalAtTimes and riskTable against summary(survfit(...), times, extend),
// from tests/fixtures/survival-summary-at-times.json.
import {kaplanMeier, riskTable, survivalAtTimes, type ConfType} from "../../src/lib/survival/index.js";
import {Comparison} from "./compare.js";
import {readFixture} from "./read-fixture.js";
import type {Row} from "./types.js";

export const AT_TIMES_FILE = "survival-summary-at-times.json";

export interface AtTimesFixture {
  cases: {
    name: string;
    input: {time: number[]; event: number[]};
    options: {confType: ConfType; confLevel: number};
    times: number[];
    extend: boolean;
    expected: {time: number[]; nRisk: number[]; cumEvents: number[]; cumCensored: number[]} & Record<string, unknown>;
  }[];
}

export function atTimesRows(fixture: AtTimesFixture = readFixture(AT_TIMES_FILE)): Row[] {
  const survival = new Comparison("survivalAtTimes", "summary(survfit(...), times, extend)", 1e-9);
  const risk = new Comparison("riskTable", "summary(survfit(...), times, extend): n.risk, cumsum(n.event), cumsum(n.censor)", 1e-9);
  for (const c of fixture.cases) {
    const label = `"${c.name}" (${c.options.confType}, extend ${c.extend})`;
    const fit = kaplanMeier(c.input, c.options);
    const {cumEvents, cumCensored, ...expected} = c.expected;
    survival.check(AT_TIMES_FILE, label, survivalAtTimes(fit, c.times, {extend: c.extend}), expected);
    const {time, nRisk} = c.expected;
    risk.check(AT_TIMES_FILE, label, riskTable(fit, c.times, {extend: c.extend}), {time, nRisk, cumEvents, cumCensored});
  }
  return [survival.row(), risk.row()];
}

// Delayed entry (Surv(entry, time, event)) against R: kaplanMeier,
// kaplanMeierByGroup, survivalAtTimes and riskTable from
// tests/fixtures/survival-entry-kaplan-meier.json; coxPH, coxZph and
// coxScoreTest from tests/fixtures/survival-entry-cox.json (both written by
// tests/fixtures/survival-entry.R).
import {
  coxPH, coxScoreTest, coxZph, kaplanMeier, kaplanMeierByGroup, riskTable, survivalAtTimes,
  type ConfType, type CoxPHOptions, type CoxPHTest, type ZphTransform
} from "../../src/lib/survival/index.js";
import {Comparison} from "./compare.js";
import {readFixture} from "./read-fixture.js";
import type {Row} from "./types.js";

export const ENTRY_KAPLAN_MEIER_FILE = "survival-entry-kaplan-meier.json";
export const ENTRY_COX_FILE = "survival-entry-cox.json";

interface Options {
  confType: ConfType;
  confLevel: number;
}
interface EntryInput {
  entry: number[];
  time: number[];
  event: number[];
}
export interface EntryKaplanMeierFixture {
  cases: {name: string; input: EntryInput; options: Options; expected: Record<string, unknown>}[];
  byGroup: {
    name: string;
    input: EntryInput & {group: (number | string)[]; levels: (number | string)[]};
    options: Options;
    expected: {group: number | string; fit: Record<string, unknown>}[];
  }[];
  atTimes: {
    name: string;
    input: EntryInput;
    options: Options;
    times: number[];
    extend: boolean;
    expected: {time: number[]; nRisk: number[]; cumEvents: number[]; cumCensored: number[]} & Record<string, unknown>;
  }[];
}

export interface EntryZph {
  transform: ZphTransform;
  terms: string[];
  tests: CoxPHTest[];
  global: CoxPHTest;
}
export interface EntryCoxFixture {
  cox: {
    name: string;
    input: EntryInput & {covariates: Record<string, number[]>; strata?: string[]};
    options: CoxPHOptions;
    expected: Record<string, unknown>;
    zph: EntryZph[];
  }[];
  scoreTest: {
    name: string;
    input: EntryInput & {group: (number | string)[]; levels: (number | string)[]; strata?: string[]};
    options: {ties: "efron" | "breslow"};
    expected: Record<string, unknown>;
  }[];
}

const label = (c: {name: string; options: Options}) => `"${c.name}" (${c.options.confType}, ${c.options.confLevel})`;

export function entryKaplanMeierRows(fixture: EntryKaplanMeierFixture = readFixture(ENTRY_KAPLAN_MEIER_FILE)): Row[] {
  const single = new Comparison("kaplanMeier", "with entry: summary(survfit(Surv(entry, time, event) ~ 1), censored = TRUE); quantile(fit, 0.5)", 1e-9);
  for (const c of fixture.cases) single.check(ENTRY_KAPLAN_MEIER_FILE, label(c), kaplanMeier(c.input, c.options), c.expected);

  const grouped = new Comparison("kaplanMeierByGroup", "with entry: summary(survfit(Surv(entry, time, event) ~ group), censored = TRUE); quantile(fit, 0.5)", 1e-9);
  for (const c of fixture.byGroup) {
    const {levels, ...data} = c.input;
    grouped.check(ENTRY_KAPLAN_MEIER_FILE, label(c), kaplanMeierByGroup(data, {...c.options, levels}), c.expected);
  }

  const survival = new Comparison("survivalAtTimes", "with entry: summary(survfit(Surv(entry, time, event) ~ 1), times, extend)", 1e-9);
  const risk = new Comparison("riskTable", "with entry: summary(survfit(Surv(entry, time, event) ~ 1), times, extend): n.risk, cumsum(n.event), cumsum(n.censor)", 1e-9);
  for (const c of fixture.atTimes) {
    const caseLabel = `"${c.name}" (${c.options.confType}, extend ${c.extend})`;
    const fit = kaplanMeier(c.input, c.options);
    const {cumEvents, cumCensored, ...expected} = c.expected;
    survival.check(ENTRY_KAPLAN_MEIER_FILE, caseLabel, survivalAtTimes(fit, c.times, {extend: c.extend}), expected);
    const {time, nRisk} = c.expected;
    risk.check(ENTRY_KAPLAN_MEIER_FILE, caseLabel, riskTable(fit, c.times, {extend: c.extend}), {time, nRisk, cumEvents, cumCensored});
  }
  return [single.row(), grouped.row(), survival.row(), risk.row()];
}

export function entryCoxRows(fixture: EntryCoxFixture = readFixture(ENTRY_COX_FILE)): Row[] {
  const cox = new Comparison("coxPH", "with entry: coxph(Surv(entry, time, event) ~ x [+ strata(s)], ties); summary(fit)", 1e-6);
  const zph = new Comparison("coxZph", "with entry: cox.zph(coxph(Surv(entry, time, event) ~ ...), transform)$table: each term and GLOBAL", 1e-6);
  for (const c of fixture.cox) {
    const fit = coxPH(c.input, c.options);
    cox.check(ENTRY_COX_FILE, `"${c.name}"`, fit, c.expected);
    for (const z of c.zph) {
      const {transform, ...expected} = z;
      zph.check(ENTRY_COX_FILE, `"${c.name}" (${transform})`, coxZph(c.input, {...c.options, transform, fit}), {...expected, transform});
    }
  }
  const score = new Comparison("coxScoreTest", "summary(coxph(Surv(entry, time, event) ~ group [+ strata(s)], ties))$sctest", 1e-6);
  for (const c of fixture.scoreTest) {
    const {levels, ...data} = c.input;
    score.check(ENTRY_COX_FILE, `"${c.name}"`, coxScoreTest(data, {...c.options, levels}), c.expected);
  }
  return [cox.row(), zph.row(), score.row()];
}

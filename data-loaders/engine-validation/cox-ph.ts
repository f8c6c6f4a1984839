// coxPH against coxph() and summary() (tests/fixtures/cox-ph-reference.json),
// and its Breslow score test against survdiff's chi-square on data without
// tied events (tests/fixtures/cox-ph-logrank.json); coxZph against cox.zph()
// (tests/fixtures/cox-zph-reference.json).
import {coxPH, coxZph, type CoxPHInput, type CoxPHOptions, type CoxPHTest, type CoxZphOptions} from "../../src/lib/survival/index.js";
import {Comparison} from "./compare.js";
import {readFixture} from "./read-fixture.js";
import type {Row} from "./types.js";

export const COX_FILE = "cox-ph-reference.json";
export const COX_LOGRANK_FILE = "cox-ph-logrank.json";
export const COX_ZPH_FILE = "cox-zph-reference.json";

export interface CoxCase {
  name: string;
  input: CoxPHInput;
  options: CoxPHOptions;
  expected: Record<string, unknown>;
}
export interface CoxLogRankCase {
  time: number[];
  event: number[];
  group: number[];
  chisq: number;
}

export interface CoxZphCase {
  name: string;
  input: CoxPHInput & {time: number[]; event: number[]; covariates: Record<string, number[]>};
  options: CoxZphOptions;
  expected: {terms: string[]; tests: CoxPHTest[]; global: CoxPHTest};
}

export function coxRows(cases: CoxCase[] = readFixture(COX_FILE), logRankCases: CoxLogRankCase[] = readFixture(COX_LOGRANK_FILE)): Row[] {
  const comparison = new Comparison("coxPH", "coxph(Surv(time, event) ~ x [+ strata(s)], ties); summary(fit); survdiff chisq as the score test", 1e-6);
  for (const c of cases) comparison.check(COX_FILE, `"${c.name}"`, coxPH(c.input, c.options), c.expected);
  logRankCases.forEach((c, i) => {
    const fit = coxPH({time: c.time, event: c.event, covariates: {group: c.group}}, {ties: "breslow"});
    comparison.check(COX_LOGRANK_FILE, `${i}`, fit.scoreTest.chisq, c.chisq);
  });
  return [comparison.row(), coxZphRow()];
}

function coxZphRow(cases: CoxZphCase[] = readFixture(COX_ZPH_FILE)) {
  const comparison = new Comparison("coxZph", "cox.zph(coxph(...), transform)$table: each term and GLOBAL", 1e-6);
  for (const c of cases) comparison.check(COX_ZPH_FILE, `"${c.name}"`, coxZph(c.input, c.options), {...c.expected, transform: c.options.transform});
  return comparison.row();
}

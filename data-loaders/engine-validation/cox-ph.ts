// coxPH against coxph() and summary() (tests/fixtures/cox-ph-reference.json),
// and its Breslow score test against survdiff's chi-square on data without
// tied events (tests/fixtures/cox-ph-logrank.json).
import {coxPH, type CoxPHInput, type CoxPHOptions} from "../../src/lib/survival/index.js";
import {Comparison} from "./compare.js";
import {readFixture} from "./read-fixture.js";
import type {Row} from "./types.js";

export const COX_FILE = "cox-ph-reference.json";
export const COX_LOGRANK_FILE = "cox-ph-logrank.json";

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

export function coxRows(cases: CoxCase[] = readFixture(COX_FILE), logRankCases: CoxLogRankCase[] = readFixture(COX_LOGRANK_FILE)): Row[] {
  const comparison = new Comparison("coxPH", "coxph(Surv(time, event) ~ x [+ strata(s)], ties); summary(fit); survdiff chisq as the score test", 1e-6);
  for (const c of cases) comparison.check(COX_FILE, `"${c.name}"`, coxPH(c.input, c.options), c.expected);
  logRankCases.forEach((c, i) => {
    const fit = coxPH({time: c.time, event: c.event, covariates: {group: c.group}}, {ties: "breslow"});
    comparison.check(COX_LOGRANK_FILE, `${i}`, fit.scoreTest.chisq, c.chisq);
  });
  return [comparison.row()];
}

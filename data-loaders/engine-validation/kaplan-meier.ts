// kaplanMeier and kaplanMeierByGroup against survfit + summary(censored = TRUE)
// and quantile(fit, 0.5), from tests/fixtures/survival-kaplan-meier.json.
import {kaplanMeier, kaplanMeierByGroup, type ConfType} from "../../src/lib/survival/index.js";
import {Comparison} from "./compare.js";
import {readFixture} from "./read-fixture.js";
import type {Row} from "./types.js";

export const KAPLAN_MEIER_FILE = "survival-kaplan-meier.json";

interface Options {
  confType: ConfType;
  confLevel: number;
}
export interface KaplanMeierFixture {
  cases: {name: string; input: {time: number[]; event: number[]}; options: Options; expected: Record<string, unknown>}[];
  byGroup: {
    name: string;
    input: {time: number[]; event: number[]; group: (number | string)[]; levels: (number | string)[]};
    options: Options;
    expected: {group: number | string; fit: Record<string, unknown>}[];
  }[];
}

const label = (c: {name: string; options: Options}) => `"${c.name}" (${c.options.confType}, ${c.options.confLevel})`;

export function kaplanMeierRows(fixture: KaplanMeierFixture = readFixture(KAPLAN_MEIER_FILE)): Row[] {
  const single = new Comparison("kaplanMeier", "summary(survfit(Surv(time, event) ~ 1), censored = TRUE); quantile(fit, 0.5)", 1e-9);
  for (const c of fixture.cases) single.check(KAPLAN_MEIER_FILE, label(c), kaplanMeier(c.input, c.options), c.expected);

  const grouped = new Comparison("kaplanMeierByGroup", "summary(survfit(Surv(time, event) ~ group), censored = TRUE); quantile(fit, 0.5)", 1e-9);
  for (const c of fixture.byGroup) {
    const {time, event, group, levels} = c.input;
    const fits = kaplanMeierByGroup({time, event, group}, {...c.options, levels});
    grouped.check(KAPLAN_MEIER_FILE, label(c), fits, c.expected);
  }
  return [single.row(), grouped.row()];
}

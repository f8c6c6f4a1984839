// rmst against the survRM2 rmst1 / rmst2 port in tests/fixtures/survival.R,
// from tests/fixtures/survival-rmst.json.
import {rmst} from "../../src/lib/survival/index.js";
import {Comparison} from "./compare.js";
import {readFixture} from "./read-fixture.js";
import type {Row} from "./types.js";

export const RMST_FILE = "survival-rmst.json";

interface Input {
  time: number[];
  event: number[];
  group?: (number | string)[];
  levels?: (number | string)[];
}
interface Options {
  tau?: number;
  confLevel: number;
}
export interface RmstFixture {
  cases: {name: string; input: Input; options: Options; expected: Record<string, unknown>}[];
  single: {name: string; input: Input; options: Options; expected: {tau: number; groups: Record<string, unknown>[]}}[];
}

const label = (c: {name: string; options: Options}) => `"${c.name}" (tau ${c.options.tau ?? "default"}, ${c.options.confLevel})`;

export function rmstRows(fixture: RmstFixture = readFixture(RMST_FILE)): Row[] {
  const comparison = new Comparison("rmst", "survRM2 rmst2 / rmst1 (unadjusted), ported in survival.R", 1e-9);
  for (const c of fixture.cases) {
    const {levels, ...data} = c.input;
    comparison.check(RMST_FILE, label(c), rmst(data, {...c.options, levels}), c.expected);
  }
  for (const c of fixture.single) {
    // rmst1 has no group: R writes NULL as {}, the engine null.
    const {group: _group, ...expected} = c.expected.groups[0];
    comparison.check(RMST_FILE, `single ${label(c)}`, rmst(c.input, c.options), {tau: c.expected.tau, groups: [expected]});
  }
  return [comparison.row()];
}

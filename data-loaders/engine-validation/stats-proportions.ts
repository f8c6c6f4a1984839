// wilsonInterval and clopperPearsonInterval against prop.test(correct = FALSE)
// and binom.test, from tests/fixtures/stats-binomial.json.
import {clopperPearsonInterval, wilsonInterval} from "../../src/lib/stats/index.js";
import {Comparison} from "./compare.js";
import {readFixture} from "./read-fixture.js";
import type {Row} from "./types.js";

export const BINOMIAL_FILE = "stats-binomial.json";

export interface BinomialCase {x: number; n: number; confLevel: number; wilson: [number, number]; clopperPearson: [number, number]}

export function proportionRows(cases: BinomialCase[] = readFixture(BINOMIAL_FILE)): Row[] {
  const wilson = new Comparison("wilsonInterval", "prop.test(x, n, correct = FALSE, conf.level)$conf.int", 1e-9);
  const exact = new Comparison("clopperPearsonInterval", "binom.test(x, n, conf.level = conf.level)$conf.int", 1e-9);
  for (const c of cases) {
    const label = `${c.x}/${c.n} (${c.confLevel})`;
    const w = wilsonInterval(c.x, c.n, {confLevel: c.confLevel});
    wilson.check(BINOMIAL_FILE, label, [w.lower, w.upper], c.wilson);
    const cp = clopperPearsonInterval(c.x, c.n, {confLevel: c.confLevel});
    exact.check(BINOMIAL_FILE, label, [cp.lower, cp.upper], c.clopperPearson);
  }
  return [wilson.row(), exact.row()];
}

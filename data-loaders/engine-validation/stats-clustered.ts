// fisherExactRxC, clusteredProportion and clusteredOddsRatio against R, from
// tests/fixtures/stats-{fisher-rxc,clustered-proportion,clustered-odds-ratio}.json.
import {clusteredOddsRatio, clusteredProportion, fisherExactRxC} from "../../src/lib/stats/index.js";
import {Comparison} from "./compare.js";
import {readFixture} from "./read-fixture.js";
import type {Row} from "./types.js";

export const FISHER_RXC_FILE = "stats-fisher-rxc.json";
export const CLUSTERED_PROPORTION_FILE = "stats-clustered-proportion.json";
export const CLUSTERED_ODDS_RATIO_FILE = "stats-clustered-odds-ratio.json";

export interface FisherRxCCase {table: number[][]; p: number}
export interface ClusteredProportionCase {label: string; y: number[]; cluster: number[]; confLevel: number; estimate: number; lower: number | null; upper: number | null}
export interface ClusteredOddsRatioCase {
  label: string; y: number[]; x: number[]; cluster: number[]; confLevel: number;
  estimate: number | null; lower: number | null; upper: number | null; logOddsRatio: number | null; se: number | null; p: number | null;
}

export function fisherExactRxCRow(cases: FisherRxCCase[] = readFixture(FISHER_RXC_FILE)): Row {
  const comparison = new Comparison("fisherExactRxC", "fisher.test(table)$p.value (r×c: FEXACT)", 1e-9);
  cases.forEach((c, i) => comparison.check(FISHER_RXC_FILE, `${i} ${JSON.stringify(c.table)}`, fisherExactRxC(c.table).p, c.p));
  return comparison.row();
}

export function clusteredProportionRow(cases: ClusteredProportionCase[] = readFixture(CLUSTERED_PROPORTION_FILE)): Row {
  const comparison = new Comparison("clusteredProportion", "glm(y ~ 1, binomial) + sandwich::vcovCL(fit, cluster), plogis(b ± z·se)", 1e-9);
  cases.forEach((c, i) => {
    const {estimate, lower, upper} = clusteredProportion(c.y, c.cluster, {confLevel: c.confLevel});
    comparison.check(CLUSTERED_PROPORTION_FILE, `${i} ${c.label} (${c.confLevel})`, {estimate, lower, upper}, {estimate: c.estimate, lower: c.lower, upper: c.upper});
  });
  return comparison.row();
}

export function clusteredOddsRatioRow(cases: ClusteredOddsRatioCase[] = readFixture(CLUSTERED_ODDS_RATIO_FILE)): Row {
  const comparison = new Comparison("clusteredOddsRatio", "glm(y ~ x, binomial) + sandwich::vcovCL(fit, cluster), exp(b ± z·se), Wald P", 1e-9);
  cases.forEach((c, i) => {
    const {estimate, lower, upper, logOddsRatio, se, p} = clusteredOddsRatio(c.y, c.x, c.cluster, {confLevel: c.confLevel});
    comparison.check(CLUSTERED_ODDS_RATIO_FILE, `${i} ${c.label} (${c.confLevel})`, {estimate, lower, upper, logOddsRatio, se, p},
      {estimate: c.estimate, lower: c.lower, upper: c.upper, logOddsRatio: c.logOddsRatio, se: c.se, p: c.p});
  });
  return comparison.row();
}

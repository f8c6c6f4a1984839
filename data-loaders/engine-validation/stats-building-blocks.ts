// The building blocks the stats functions share, against the R functions they
// port: dhyper, rank, dwilcox and uniroot, from
// tests/fixtures/stats-{dhyper,ranks,wilcoxon-counts,uniroot}.json.
import {averageRanks, hypergeometricLogPmf, uniroot, wilcoxonCounts} from "../../src/lib/stats/index.js";
import {Comparison, EngineValidationError} from "./compare.js";
import {readFixture} from "./read-fixture.js";
import type {Row} from "./types.js";

export const DHYPER_FILE = "stats-dhyper.json";
export const RANKS_FILE = "stats-ranks.json";
export const WILCOXON_COUNTS_FILE = "stats-wilcoxon-counts.json";
export const UNIROOT_FILE = "stats-uniroot.json";

export interface DhyperCase {x: number; m: number; n: number; k: number; log: number}
export interface RankCase {values: number[]; ranks: number[]; tieSum: number}
export interface CountsCase {m: number; n: number; counts: number[]}
export interface UnirootCase {name: string; lower: number; upper: number; root: number}

/** The functions stats.R hands to uniroot, by the name it records. */
const UNIROOT_FUNCTIONS: Record<string, (x: number) => number> = {
  "x^2 - 2": (x) => x ** 2 - 2,
  "cos(x) - x": (x) => Math.cos(x) - x,
  "exp(x) - 5": (x) => Math.exp(x) - 5,
  "x^3 - x - 1e-3": (x) => x ** 3 - x - 1e-3
};

export function buildingBlockRows(
  dhyper: DhyperCase[] = readFixture(DHYPER_FILE),
  ranks: RankCase[] = readFixture(RANKS_FILE),
  counts: CountsCase[] = readFixture(WILCOXON_COUNTS_FILE),
  roots: UnirootCase[] = readFixture(UNIROOT_FILE)
): Row[] {
  const pmf = new Comparison("hypergeometricLogPmf", "dhyper(x, m, n, k, log = TRUE)", 1e-9);
  for (const c of dhyper) pmf.check(DHYPER_FILE, `dhyper(${c.x}, ${c.m}, ${c.n}, ${c.k})`, hypergeometricLogPmf(c.x, c.m, c.n, c.k), c.log);

  const rank = new Comparison("averageRanks", "rank(v); sum(t^3 - t) over tie counts t", 1e-9);
  ranks.forEach((c, i) => {
    const result = averageRanks(Float64Array.from(c.values));
    rank.check(RANKS_FILE, `${i} (${c.values.length} values)`, {ranks: result.ranks, tieSum: result.tieSum}, {ranks: c.ranks, tieSum: c.tieSum});
  });

  const wilcoxon = new Comparison("wilcoxonCounts", "dwilcox(0:(m n), m, n) · choose(m + n, n)", 1e-9);
  for (const c of counts) wilcoxon.check(WILCOXON_COUNTS_FILE, `m ${c.m}, n ${c.n}`, wilcoxonCounts(c.m, c.n), c.counts);

  const root = new Comparison("uniroot", "uniroot(f, c(lower, upper))$root", 1e-9);
  for (const c of roots) {
    const f = UNIROOT_FUNCTIONS[c.name];
    if (!f) throw new EngineValidationError(`uniroot: tests/fixtures/${UNIROOT_FILE}, case "${c.name}": no engine-side function of that name`);
    root.check(UNIROOT_FILE, `"${c.name}"`, uniroot(f, c.lower, c.upper), c.root);
  }
  return [pmf.row(), rank.row(), wilcoxon.row(), root.row()];
}

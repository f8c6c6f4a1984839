// A reader's own survival data, once read by readSurvivalCsv: a Kaplan–Meier
// curve per group (or one for everyone), the log-rank test between groups
// (the Cox score test with entry times, as survdiff takes none), and, once
// covariates are chosen, a Cox model of the group (treatment contrasts) and
// those numeric covariates. With more
// than two groups, each pair is tested the same way, Benjamini–Hochberg
// adjusted (p.adjust(p, "BH")). The
// small-group rule applies as on the cohort's pages.
import {benjaminiHochberg} from "../stats/index.js";
import {coxPH, coxScoreTest, kaplanMeier, kaplanMeierByGroup, logRank, type ConfType, type CoxPHResult, type KaplanMeierFit} from "../survival/index.js";
import {levelOrder} from "./explore-grouping.js";
import {smallGroupsNote} from "./small-groups.js";
import type {SurvivalCsv} from "./survival-csv.js";

export interface CsvAnalysisOptions {
  confType?: ConfType;
  confLevel?: number;
  rho?: number;
}

export interface CsvAnalysis {
  curves: {group: string; label: string; n: number; fit: KaplanMeierFit}[];
  test: {chisq: number; df: number; p: number | null} | null;
  testName: string;
  /** Every pair of groups when there are more than two: raw and adjusted P. */
  pairwise: {first: string; second: string; p: number | null; adjusted: number | null; sizes: [number, number]}[];
  note: string | null;
  cox: CoxPHResult | null;
  coxNote: string | null;
}

export function analyseSurvivalCsv(data: SurvivalCsv, {confType = "log", confLevel = 0.95, rho = 0}: CsvAnalysisOptions = {}): CsvAnalysis {
  const {time, event, entry, group} = data;
  const testName = entry ? "Cox score test" : rho === 0 ? "log-rank" : rho === 1 ? "Peto–Peto" : `G-rho, rho = ${rho}`;
  if (!group) {
    const fit = kaplanMeier({time, event, entry}, {confType, confLevel});
    const base = {curves: [{group: "all", label: "All rows", n: fit.n, fit}], test: null, testName, pairwise: [], note: "No group column chosen: one curve, nothing to compare."};
    return {...base, ...coxOf(data, [], confLevel)};
  }
  const levels = levelOrder(group, group.every((g) => Number.isFinite(Number(g)) && g !== ""));
  const curves = kaplanMeierByGroup({time, event, group, entry}, {confType, confLevel, levels}).map(({group: g, fit}) => ({group: g, label: g, n: fit.n, fit}));
  const sizes = curves.map((c) => ({label: c.label, n: c.n}));
  const cox = coxOf(data, levels, confLevel, sizes);
  const none = {curves, test: null, testName, pairwise: [], ...cox};
  if (curves.length < 2) return {...none, note: "Only one group: no comparison."};
  const small = smallGroupsNote(sizes, "rows");
  if (small) return {...none, note: `${small}: no test, since its P value would turn on one or two patients.`};
  if (!event.includes(1)) return {...none, note: "No events: the curves cannot be compared."};
  const testOf = (keep: string[]) => {
    const rows = group.flatMap((g, i) => (keep.includes(g) ? [i] : []));
    const pick = <T>(values: ArrayLike<T>) => rows.map((i) => values[i]);
    const d = {time: pick(time), event: pick(event), group: pick(group)};
    return entry ? coxScoreTest({...d, entry: pick(entry)}, {levels: keep}) : logRank(d, {rho, levels: keep});
  };
  const test = testOf(levels);
  const pairs = levels.length > 2 ? levels.flatMap((a, i) => levels.slice(i + 1).map((b) => [a, b])) : [];
  const raw = pairs.map((pair) => testOf(pair).p);
  const adjusted = benjaminiHochberg(raw);
  const size = (g: string) => curves.find((c) => c.group === g)!.n;
  const pairwise = pairs.map(([a, b], k) => ({first: a, second: b, p: raw[k], adjusted: adjusted[k], sizes: [size(a), size(b)] as [number, number]}));
  return {curves, test, testName, pairwise, note: null, ...cox};
}

function coxOf(data: SurvivalCsv, levels: string[], confLevel: number, sizes: {label: string; n: number}[] = []): {cox: CoxPHResult | null; coxNote: string | null} {
  // A model of the group alone repeats the log-rank test (its score test); fit one only to adjust for covariates.
  if (Object.keys(data.covariates).length === 0) return {cox: null, coxNote: "Choose covariates for a Cox model."};
  const covariates: Record<string, ArrayLike<number>> = {};
  for (const level of levels.slice(1)) covariates[`group ${level}`] = data.group!.map((g) => (g === level ? 1 : 0));
  Object.assign(covariates, data.covariates);
  const small = smallGroupsNote(sizes, "rows");
  if (small) return {cox: null, coxNote: `${small}: no Cox model, since its hazard ratios would turn on one or two patients.`};
  if (!data.event.includes(1)) return {cox: null, coxNote: "No events: no Cox model."};
  try {
    return {cox: coxPH({time: data.time, event: data.event, entry: data.entry, covariates}, {confLevel}), coxNote: null};
  } catch (error) {
    return {cox: null, coxNote: `No Cox model: ${(error as Error).message}.`};
  }
}

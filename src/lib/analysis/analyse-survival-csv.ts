// A reader's own survival data, once read by readSurvivalCsv: a Kaplan–Meier
// curve per group (or one for everyone), the log-rank test between groups
// (the Cox score test with entry times, as survdiff takes none), and a Cox
// model of the group (treatment contrasts) and numeric covariates. The
// small-group rule applies as on the cohort's pages.
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
  note: string | null;
  cox: CoxPHResult | null;
  coxNote: string | null;
}

export function analyseSurvivalCsv(data: SurvivalCsv, {confType = "log", confLevel = 0.95, rho = 0}: CsvAnalysisOptions = {}): CsvAnalysis {
  const {time, event, entry, group} = data;
  const testName = entry ? "Cox score test" : rho === 0 ? "log-rank" : rho === 1 ? "Peto–Peto" : `G-rho, rho = ${rho}`;
  if (!group) {
    const fit = kaplanMeier({time, event, entry}, {confType, confLevel});
    const base = {curves: [{group: "all", label: "All rows", n: fit.n, fit}], test: null, testName, note: "No group column chosen: one curve, nothing to compare."};
    return {...base, ...coxOf(data, [], confLevel)};
  }
  const levels = levelOrder(group, group.every((g) => Number.isFinite(Number(g)) && g !== ""));
  const curves = kaplanMeierByGroup({time, event, group, entry}, {confType, confLevel, levels}).map(({group: g, fit}) => ({group: g, label: g, n: fit.n, fit}));
  const sizes = curves.map((c) => ({label: c.label, n: c.n}));
  const cox = coxOf(data, levels, confLevel, sizes);
  if (curves.length < 2) return {curves, test: null, testName, note: "Only one group: no comparison.", ...cox};
  const small = smallGroupsNote(sizes, "rows");
  if (small) return {curves, test: null, testName, note: `${small}: no test, since its P value would turn on one or two patients.`, ...cox};
  if (!event.includes(1)) return {curves, test: null, testName, note: "No events: the curves cannot be compared.", ...cox};
  const test = entry ? coxScoreTest({time, event, group, entry}, {levels}) : logRank({time, event, group}, {rho, levels});
  return {curves, test, testName, note: null, ...cox};
}

function coxOf(data: SurvivalCsv, levels: string[], confLevel: number, sizes: {label: string; n: number}[] = []): {cox: CoxPHResult | null; coxNote: string | null} {
  const covariates: Record<string, ArrayLike<number>> = {};
  for (const level of levels.slice(1)) covariates[`group ${level}`] = data.group!.map((g) => (g === level ? 1 : 0));
  Object.assign(covariates, data.covariates);
  if (Object.keys(covariates).length === 0) return {cox: null, coxNote: "Choose a group or covariates for a Cox model."};
  const small = smallGroupsNote(sizes, "rows");
  if (small) return {cox: null, coxNote: `${small}: no Cox model, since its hazard ratios would turn on one or two patients.`};
  if (!data.event.includes(1)) return {cox: null, coxNote: "No events: no Cox model."};
  try {
    return {cox: coxPH({time: data.time, event: data.event, entry: data.entry, covariates}, {confLevel}), coxNote: null};
  } catch (error) {
    return {cox: null, coxNote: `No Cox model: ${(error as Error).message}.`};
  }
}

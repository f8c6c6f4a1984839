// A reader's own survival data, once read by readSurvivalCsv: a Kaplan–Meier
// curve per group (or one for everyone), the log-rank test between groups
// (the Cox score test with entry times, as survdiff takes none), restricted
// mean times (survRM2 rmst2, without entry times), and, once covariates are
// chosen, a Cox model of the group and those covariates (categories by
// treatment contrasts, named as R names a character column's terms), and,
// once subgroups are chosen, the forest plot of the group's hazard ratio.
// With more than two groups, each pair is tested the same way,
// Benjamini–Hochberg adjusted (p.adjust(p, "BH")). The small-group rule
// applies as on the cohort's pages. The curves and the test between all
// groups come first (compareSurvivalCsv), the rest after (survivalCsvDetails),
// so a page shows the curves of a large file while the rest is computed.
import {benjaminiHochberg} from "../stats/index.js";
import {coxPH, coxScoreTest, kaplanMeier, kaplanMeierByGroup, logRank, rmst, type ConfType, type CoxPHResult, type KaplanMeierFit, type RmstResult} from "../survival/index.js";
import {csvSubgroupForest, type CsvForest} from "./csv-subgroup-forest.js";
import {smallGroupsNote} from "./small-groups.js";
import type {SurvivalCsv} from "./survival-csv.js";

export interface CsvAnalysisOptions {
  confType?: ConfType;
  confLevel?: number;
  rho?: number;
  /** Truncation time of the restricted means; default survRM2's. */
  tau?: number;
}

/** The curves and the test between all groups. */
export interface CsvComparison {
  curves: {group: string; label: string; n: number; fit: KaplanMeierFit}[];
  test: {chisq: number; df: number; p: number | null} | null;
  testName: string;
  note: string | null;
}

/** What follows the curves: pairwise tests, restricted means, the Cox model and the forest plot. */
export interface CsvDetails {
  /** Every pair of groups when there are more than two: raw and adjusted P. */
  pairwise: {first: string; second: string; p: number | null; adjusted: number | null; sizes: [number, number]}[];
  cox: CoxPHResult | null;
  coxNote: string | null;
  rmst: RmstResult<string> | null;
  rmstNote: string | null;
  forest: CsvForest;
}

export type CsvAnalysis = CsvComparison & CsvDetails;

export function analyseSurvivalCsv(data: SurvivalCsv, options: CsvAnalysisOptions = {}): CsvAnalysis {
  return {...compareSurvivalCsv(data, options), ...survivalCsvDetails(data, options)};
}

const testNameOf = (data: SurvivalCsv, rho: number) => (data.entry ? "Cox score test" : rho === 0 ? "log-rank" : rho === 1 ? "Peto–Peto" : `G-rho, rho = ${rho}`);

/** Group sizes in level order. */
function groupSizes(data: SurvivalCsv): {label: string; n: number}[] {
  const levels = data.groupLevels ?? [];
  const counts = new Map(levels.map((l) => [l, 0]));
  for (const g of data.group ?? []) counts.set(g, counts.get(g)! + 1);
  return levels.map((label) => ({label, n: counts.get(label)!}));
}

/** Why the groups are not compared, or null when they are. */
function comparisonNote(data: SurvivalCsv): string | null {
  const sizes = groupSizes(data);
  if (sizes.length < 2) return "Only one group: no comparison.";
  const small = smallGroupsNote(sizes, "rows");
  if (small) return `${small}: no test, since its P value would turn on one or two rows.`;
  if (!data.event.includes(1)) return "No events: the curves cannot be compared.";
  return null;
}

/** Each row's group as its index in groupLevels, computed once per file read. */
const codeCache = new WeakMap<SurvivalCsv, Uint16Array>();
function groupCodes(data: SurvivalCsv): Uint16Array {
  let codes = codeCache.get(data);
  if (!codes) {
    const index = new Map(data.groupLevels!.map((l, k) => [l, k]));
    codes = Uint16Array.from(data.group!, (g) => index.get(g)!);
    codeCache.set(data, codes);
  }
  return codes;
}

function testOf(data: SurvivalCsv, keep: readonly string[], rho: number) {
  const {time, event, entry, group} = data;
  if (keep.length === data.groupLevels!.length) return entry ? coxScoreTest({time, event, group: group!, entry}, {levels: keep}) : logRank({time, event, group: group!}, {rho, levels: keep});
  // A pair's test reads only that pair's rows, by group index, copied into typed arrays in two passes.
  const codes = groupCodes(data);
  const wanted = keep.map((l) => data.groupLevels!.indexOf(l));
  const inPair = new Uint8Array(data.groupLevels!.length);
  for (const w of wanted) inPair[w] = 1;
  let m = 0;
  for (let i = 0; i < codes.length; ++i) m += inPair[codes[i]];
  const rows = new Uint32Array(m);
  for (let i = 0, k = 0; i < codes.length; ++i) if (inPair[codes[i]]) rows[k++] = i;
  const pick = (values: ArrayLike<number>) => Float64Array.from(rows, (i) => values[i]);
  const d = {time: pick(time), event: Uint8Array.from(rows, (i) => event[i]), group: Uint16Array.from(rows, (i) => codes[i])};
  return entry ? coxScoreTest({...d, entry: pick(entry)}, {levels: wanted}) : logRank(d, {rho, levels: wanted});
}

export function compareSurvivalCsv(data: SurvivalCsv, {confType = "log", confLevel = 0.95, rho = 0}: CsvAnalysisOptions = {}): CsvComparison {
  const {time, event, entry, group} = data;
  const testName = testNameOf(data, rho);
  if (!group) {
    const fit = kaplanMeier({time, event, entry}, {confType, confLevel});
    return {curves: [{group: "all", label: "All rows", n: fit.n, fit}], test: null, testName, note: "No group column chosen: one curve, nothing to compare."};
  }
  const levels = data.groupLevels!;
  const curves = kaplanMeierByGroup({time, event, group, entry}, {confType, confLevel, levels}).map(({group: g, fit}) => ({group: g, label: g, n: fit.n, fit}));
  const note = comparisonNote(data);
  return {curves, test: note ? null : testOf(data, levels, rho), testName, note};
}

export function survivalCsvDetails(data: SurvivalCsv, options: CsvAnalysisOptions = {}): CsvDetails {
  return Object.assign({}, ...survivalCsvDetailSteps(data, options).map((step) => step())) as CsvDetails;
}

/** survivalCsvDetails as separate steps (pairwise tests, Cox model, restricted means, forest plot), so a worker can stop between them when the reader has moved on. */
export function survivalCsvDetailSteps(data: SurvivalCsv, options: CsvAnalysisOptions = {}): (() => Partial<CsvDetails>)[] {
  const {confLevel = 0.95, rho = 0} = options;
  const levels = data.groupLevels ?? [];
  const sizes = groupSizes(data);
  const pairwise = (): Partial<CsvDetails> => {
    if (!data.group || levels.length <= 2 || comparisonNote(data) !== null) return {pairwise: []};
    const pairs = levels.flatMap((a, i) => levels.slice(i + 1).map((b) => [a, b]));
    const raw = pairs.map((pair) => testOf(data, pair, rho).p);
    const adjusted = benjaminiHochberg(raw);
    const size = (g: string) => sizes.find((s) => s.label === g)!.n;
    return {pairwise: pairs.map(([a, b], k) => ({first: a, second: b, p: raw[k], adjusted: adjusted[k], sizes: [size(a), size(b)] as [number, number]}))};
  };
  const forest = (): Partial<CsvDetails> => {
    try {
      return {forest: csvSubgroupForest(data, {confLevel})};
    } catch (error) {
      return {forest: {rows: [], interactions: [], note: `No forest plot: ${(error as Error).message}`}};
    }
  };
  return [pairwise, () => coxOf(data, levels, confLevel, sizes), () => restrictedMeans(data, sizes, options), forest];
}

function restrictedMeans(data: SurvivalCsv, sizes: {label: string; n: number}[], {confLevel = 0.95, tau}: CsvAnalysisOptions): {rmst: RmstResult<string> | null; rmstNote: string | null} {
  if (data.entry) return {rmst: null, rmstNote: "No restricted means with entry times: they would need the left-truncated curves' own variance."};
  const small = smallGroupsNote(sizes, "rows");
  if (small) return {rmst: null, rmstNote: `${small}: no restricted means.`};
  try {
    return {rmst: rmst({time: data.time, event: data.event, group: data.group}, {levels: data.groupLevels, confLevel, tau}), rmstNote: null};
  } catch (error) {
    return {rmst: null, rmstNote: `No restricted means: ${(error as Error).message}.`};
  }
}

function coxOf(data: SurvivalCsv, levels: string[], confLevel: number, sizes: {label: string; n: number}[] = []): {cox: CoxPHResult | null; coxNote: string | null} {
  // A model of the group alone repeats the log-rank test (its score test); fit one only to adjust for covariates.
  if (Object.keys(data.covariates).length + Object.keys(data.factors).length === 0) return {cox: null, coxNote: "Choose covariates for a Cox model."};
  const covariates: Record<string, ArrayLike<number>> = {};
  for (const level of levels.slice(1)) covariates[`group ${level}`] = data.group!.map((g) => (g === level ? 1 : 0));
  Object.assign(covariates, data.covariates);
  for (const [name, {value, levels: factorLevels}] of Object.entries(data.factors)) {
    for (const level of factorLevels.slice(1)) covariates[`${name}${level}`] = value.map((v) => (v === level ? 1 : 0));
  }
  const small = smallGroupsNote(sizes, "rows");
  if (small) return {cox: null, coxNote: `${small}: no Cox model, since its hazard ratios would turn on one or two rows.`};
  if (!data.event.includes(1)) return {cox: null, coxNote: "No events: no Cox model."};
  try {
    return {cox: coxPH({time: data.time, event: data.event, entry: data.entry, covariates}, {confLevel}), coxNote: null};
  } catch (error) {
    return {cox: null, coxNote: `No Cox model: ${(error as Error).message}.`};
  }
}

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
  const counts = new Float64Array(levels.length);
  if (data.group) {
    const codes = groupCodes(data);
    for (let i = 0; i < codes.length; ++i) ++counts[codes[i]];
  }
  return levels.map((label, k) => ({label, n: counts[k]}));
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

/** Each row's group as its index in groupLevels: as read (readSurvivalColumns), or computed once for data built otherwise. */
const codeCache = new WeakMap<SurvivalCsv, Uint32Array>();
function groupCodes(data: SurvivalCsv): Uint32Array {
  if (data.groupIndex) return data.groupIndex;
  let codes = codeCache.get(data);
  if (!codes) {
    const index = new Map(data.groupLevels!.map((l, k) => [l, k]));
    codes = Uint32Array.from(data.group!, (g) => index.get(g)!);
    codeCache.set(data, codes);
  }
  return codes;
}

/** The level indices 0, 1, … of the groups named. */
const indicesOf = (data: SurvivalCsv, keep: readonly string[]) => keep.map((l) => data.groupLevels!.indexOf(l));

function testOf(data: SurvivalCsv, keep: readonly string[], rho: number): {chisq: number; df: number; p: number | null} {
  const {time, event, entry} = data;
  const codes = groupCodes(data);
  const wanted = indicesOf(data, keep);
  const summary = ({chisq, df, p}: {chisq: number; df: number; p: number | null}) => ({chisq, df, p});
  if (keep.length === data.groupLevels!.length) {
    return summary(entry ? coxScoreTest({time, event, group: codes, entry}, {levels: wanted}) : logRank({time, event, group: codes}, {rho, levels: wanted}));
  }
  // A pair's test reads only that pair's rows, copied into typed arrays in two passes.
  const inPair = new Uint8Array(data.groupLevels!.length);
  for (const w of wanted) inPair[w] = 1;
  let m = 0;
  for (let i = 0; i < codes.length; ++i) m += inPair[codes[i]];
  const pairTime = new Float64Array(m);
  const pairEvent = new Uint8Array(m);
  const pairGroup = new Uint32Array(m);
  const pairEntry = entry ? new Float64Array(m) : undefined;
  for (let i = 0, k = 0; i < codes.length; ++i) {
    if (!inPair[codes[i]]) continue;
    pairTime[k] = time[i];
    pairEvent[k] = event[i];
    pairGroup[k] = codes[i];
    if (pairEntry) pairEntry[k] = entry![i];
    ++k;
  }
  const d = {time: pairTime, event: pairEvent, group: pairGroup};
  return summary(pairEntry ? coxScoreTest({...d, entry: pairEntry}, {levels: wanted}) : logRank(d, {rho, levels: wanted}));
}

/**
 * testOf, or why the engine cannot test these rows: a singular variance (every event at one time, say), where R's
 * survdiff fails too.
 */
function testOrReason(data: SurvivalCsv, keep: readonly string[], rho: number): {test: ReturnType<typeof testOf>; reason: null} | {test: null; reason: string} {
  try {
    return {test: testOf(data, keep, rho), reason: null};
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return {test: null, reason: error.message};
  }
}

export function compareSurvivalCsv(data: SurvivalCsv, {confType = "log", confLevel = 0.95, rho = 0}: CsvAnalysisOptions = {}): CsvComparison {
  const {time, event, entry, group} = data;
  const testName = testNameOf(data, rho);
  if (!group) {
    const fit = kaplanMeier({time, event, entry}, {confType, confLevel});
    return {curves: [{group: "all", label: "All rows", n: fit.n, fit}], test: null, testName, note: "No group column chosen: one curve, nothing to compare."};
  }
  const levels = data.groupLevels!;
  // By level index, not label: the engine then maps no string per row.
  const curves = kaplanMeierByGroup({time, event, group: groupCodes(data), entry}, {confType, confLevel, levels: levels.map((_, k) => k)}).map(({group: k, fit}) => ({group: levels[k], label: levels[k], n: fit.n, fit}));
  const note = comparisonNote(data);
  if (note) return {curves, test: null, testName, note};
  // Rows the engine cannot test still have their curves drawn.
  const {test, reason} = testOrReason(data, levels, rho);
  return {curves, test, testName, note: reason === null ? null : `No test: ${reason}.`};
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
    // A pair the engine cannot test has no P, and the adjustment leaves it out.
    const raw = pairs.map((pair) => testOrReason(data, pair, rho).test?.p ?? null);
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
  // survRM2 would print every mean as τ with no variance, and a difference of 0 (0 to 0) with no P: said instead.
  if (!data.event.includes(1)) return {rmst: null, rmstNote: "No events: every restricted mean is τ, with no variance, so there is nothing to compare."};
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

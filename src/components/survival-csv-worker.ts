// Reads a reader's CSV off the main thread, so a large file never freezes the
// page: decodes it as UTF-8 and parses it once into a typed array per column,
// then, for each mapping the reader chooses, reads the mapped columns and runs
// the analysis, posting progress between stages and only the results back
// (curves reduced to what the chart can show, tests, tables), never the rows.
// The analyses of the last few mappings are kept, so going back to one only
// cuts its curves to the chart again, and once a mapping's models are fitted
// the curves of the same mapping grouped by other category columns are fitted
// ahead, so a change of group draws without waiting for them. The full curves behind reduced ones stay
// here, and their CSV is built here when the reader asks for it. Nothing is sent anywhere: the bytes arrive from
// the page and the results go back to it.
import {csvFormat} from "d3-dsv";
import {compareSurvivalCsv, survivalCsvDetailSteps, type CsvAnalysisOptions, type CsvComparison, type CsvDetails} from "../lib/analysis/analyse-survival-csv.js";
import {parseCsvColumns, type CsvColumns} from "../lib/analysis/csv-columns.js";
import {decodeFile} from "../lib/analysis/decode-file.js";
import {csvOverview} from "../lib/analysis/inspect-csv.js";
import {otherGroupings} from "../lib/analysis/other-groupings.js";
import {readSurvivalColumns, type SurvivalCsv, type SurvivalCsvColumns} from "../lib/analysis/survival-csv.js";
import {drawableCurve} from "./drawable-curve.js";
import {curveRows} from "./km-table-rows.js";
import {possibleTicks} from "./possible-ticks.js";
import {recentViews} from "./recent-views.js";

/** The chart the curves are drawn in: its width and height in pixels, where its time axis is cut (xmax, or null), and whether it pools the groups. */
export interface ChartView {
  width: number;
  height: number;
  xmax: number | null;
  pooled: boolean;
}

export type WorkerRequest =
  | {type: "inspect"; file: File}
  | {type: "analyse"; id: number; columns: SurvivalCsvColumns; options: CsvAnalysisOptions; view: ChartView}
  | {type: "curve-csv"; id: number}
  | {type: "shown"; id: number};

type AnalyseRequest = Extract<WorkerRequest, {type: "analyse"}>;

// Half-pixel columns: no step drawn from a reduced curve moves by more than half a pixel.
const COLUMNS_PER_PIXEL = 2;
// More ticks than any chart width this page draws allows.
const MAX_TICKS = 200;

// Parsed once per file: each new mapping reads the same columns.
let file: CsvColumns | null = null;
/** A mapping's analysis: its rows, its whole curves and test, its details once every step has run, and the results posted from it. */
interface Analysis {
  key: string;
  data: SurvivalCsv;
  whole: CsvComparison;
  details: Partial<CsvDetails> | null;
  ids: number[];
}
// Groupings fitted ahead of the reader's choice, after each mapping's models.
const AHEAD = 2;
// The views the page keeps (4), each holding its rows' columns and whole curves, and the groupings fitted ahead,
// which so never push out the analysis of a view the page can still put back.
export const KEPT_ANALYSES = 4 + AHEAD;
const analyses = recentViews<Analysis>(KEPT_ANALYSES);
// Counts every request: work begun for an older one stops at its next step.
let generation = 0;
// The newest mapping not yet begun: mappings chosen faster than they are analysed are skipped, all but the last.
let pending: {request: AnalyseRequest; generation: number} | null = null;

const post = (message: unknown, transfer: Transferable[] = []) => (self as unknown as {postMessage(m: unknown, t: Transferable[]): void}).postMessage(message, transfer);
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The curves cut to the chart's resolution (whole when the pooled curve is refitted from them), whether any was cut,
 * and the buffers to hand over rather than copy: only the cut curves' own, since the whole curves are kept for the
 * next view of the same mapping.
 */
function drawable(comparison: CsvComparison, view: ChartView): {comparison: CsvComparison; cut: boolean; transfer: Transferable[]} {
  const ends = comparison.curves.map(({fit}) => (fit.time.length ? fit.time[fit.time.length - 1] : 0));
  const end = view.xmax ?? Math.max(...ends);
  const exactAt = possibleTicks(end, MAX_TICKS);
  const curves = view.pooled ? comparison.curves : comparison.curves.map((c) => ({...c, fit: drawableCurve(c.fit, {end, columns: COLUMNS_PER_PIXEL * view.width, rows: view.height, exactAt})}));
  const cut = curves.some(({fit}, k) => fit !== comparison.curves[k].fit);
  const buffers = new Set<ArrayBuffer>();
  for (const [k, {fit}] of curves.entries()) {
    if (fit === comparison.curves[k].fit) continue;
    for (const a of [fit.time, fit.nRisk, fit.nEvent, fit.nCensor, fit.surv, fit.nEnter]) if (a) buffers.add(a.buffer as ArrayBuffer);
  }
  return {comparison: {...comparison, curves}, cut, transfer: [...buffers]};
}

async function analyse({request, generation: mine}: {request: AnalyseRequest; generation: number}) {
  const {id, columns, options, view} = request;
  try {
    if (!file) throw new Error("no file loaded");
    const key = analysisKey(columns, options);
    let analysis = analyses.get(key);
    if (!analysis) {
      post({type: "progress", id, stage: "Validating", fraction: 0.6});
      const data = readSurvivalColumns(file, columns);
      post({type: "progress", id, stage: "Fitting", fraction: 0.8});
      analysis = {key, data, whole: compareSurvivalCsv(data, options), details: null, ids: []};
      analyses.set(key, analysis);
    }
    analysis.ids.push(id);
    // The curves first: the page draws them while the models are fitted.
    const {comparison, cut, transfer} = drawable(analysis.whole, view);
    post({type: "result", id, n: analysis.data.n, omitted: analysis.data.omitted, analysis: comparison, cut}, transfer);
    if (!analysis.details) {
      // Step by step, each in its own task: a newer mapping waits for one step at most, and this one stops there.
      const details = {};
      for (const step of survivalCsvDetailSteps(analysis.data, options)) {
        await nextTask();
        if (mine !== generation) return;
        Object.assign(details, step());
      }
      analysis.details = details;
    }
    post({type: "details", id, details: analysis.details});
    await fitAhead(request, mine);
  } catch (error) {
    post({type: "error", id, message: (error as Error).message});
  }
}

const analysisKey = (columns: SurvivalCsvColumns, options: CsvAnalysisOptions) => JSON.stringify([columns, options]);

/**
 * The curves and test of the mapping grouped by each other category column
 * (otherGroupings), one per task while nothing newer is asked, so the reader's
 * next group is likely drawn at once; its models are fitted when it is chosen.
 * A grouping whose columns do not validate is left for the reader to choose
 * and be told why.
 */
async function fitAhead({columns, options}: AnalyseRequest, mine: number): Promise<void> {
  for (const other of otherGroupings(columns, file?.header ?? [], AHEAD)) {
    await nextTask();
    if (mine !== generation || !file) return;
    const key = analysisKey(other, options);
    if (analyses.find((a) => a.key === key)) continue;
    let data: SurvivalCsv;
    try {
      data = readSurvivalColumns(file, other);
    } catch {
      continue;
    }
    analyses.set(key, {key, data, whole: compareSurvivalCsv(data, options), details: null, ids: []});
  }
}

/** The CSV of every step of the curves of result `id`, as the page's own curve download writes it (km-table-rows.ts). */
function curveCsv(id: number): void {
  const full = analyses.find((a) => a.ids.includes(id));
  if (full) post({type: "curve-csv", id, text: csvFormat(curveRows(full.whole.curves))});
  else post({type: "curve-csv", id, error: "These curves have been replaced by a newer analysis: download from the chart now shown."});
}

self.addEventListener("message", async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  // Answered between the steps of any analysis under way, which it leaves running.
  if (request.type === "curve-csv") return curveCsv(request.id);
  // The page showed result `id` again from what it kept: its analysis, and so its curve CSV, is kept as the newest.
  if (request.type === "shown") {
    const shown = analyses.find((a) => a.ids.includes(request.id));
    if (shown) analyses.get(shown.key);
    return;
  }
  const mine = ++generation;
  if (request.type === "analyse") {
    const idle = pending === null;
    pending = {request, generation: mine};
    if (idle) {
      await nextTask();
      const next = pending;
      pending = null;
      // A file chosen meanwhile cancels the mapping.
      if (next) await analyse(next);
    }
    return;
  }
  pending = null;
  analyses.clear();
  try {
    file = null;
    // The file's bytes are read here, not on the page: a large file's would hold up the page's thread.
    const bytes = new Uint8Array(await request.file.arrayBuffer());
    post({type: "progress", stage: "Decoding", fraction: 0.1});
    const text = decodeFile(bytes, request.file.name);
    post({type: "progress", stage: "Reading columns", fraction: 0.4});
    const parsed = parseCsvColumns(text, request.file.name);
    // A file chosen meanwhile replaces this one.
    if (mine !== generation) return;
    file = parsed;
    post({type: "columns", ...csvOverview(file)});
  } catch (error) {
    if (mine === generation) post({type: "error", message: (error as Error).message});
  }
});
// Module workers run this only once every import has loaded: from here on, reading a file fetches nothing.
post({type: "ready"});

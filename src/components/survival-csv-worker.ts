// Reads a reader's CSV off the main thread, so a large file never freezes the
// page: decodes it as UTF-8 and parses it once into a typed array per column,
// then, for each mapping the reader chooses, reads the mapped columns and runs
// the analysis, posting progress between stages and only the results back
// (curves reduced to what the chart can show, tests, tables), never the rows.
// The full curves behind reduced ones stay here, and their CSV is built here
// when the reader asks for it. Nothing is sent anywhere: the bytes arrive from
// the page and the results go back to it.
import {csvFormat} from "d3-dsv";
import {compareSurvivalCsv, survivalCsvDetailSteps, type CsvAnalysisOptions, type CsvComparison} from "../lib/analysis/analyse-survival-csv.js";
import {parseCsvColumns, type CsvColumns} from "../lib/analysis/csv-columns.js";
import {decodeFile} from "../lib/analysis/decode-file.js";
import {csvOverview} from "../lib/analysis/inspect-csv.js";
import {readSurvivalColumns, type SurvivalCsvColumns} from "../lib/analysis/survival-csv.js";
import {drawableCurve} from "./drawable-curve.js";
import {curveRows, type LabelledFit} from "./km-table-rows.js";
import {possibleTicks} from "./possible-ticks.js";

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
  | {type: "curve-csv"; id: number};

type AnalyseRequest = Extract<WorkerRequest, {type: "analyse"}>;

// Half-pixel columns: no step drawn from a reduced curve moves by more than half a pixel.
const COLUMNS_PER_PIXEL = 2;
// More ticks than any chart width this page draws allows.
const MAX_TICKS = 200;

// Parsed once per file: each new mapping reads the same columns.
let file: CsvColumns | null = null;
// Counts every request: work begun for an older one stops at its next step.
let generation = 0;
// The newest mapping not yet begun: mappings chosen faster than they are analysed are skipped, all but the last.
let pending: {request: AnalyseRequest; generation: number} | null = null;
// The whole curves of the last result posted, when what it posted was cut: its curve CSV holds every step.
let full: {id: number; curves: LabelledFit[]} | null = null;

const post = (message: unknown, transfer: Transferable[] = []) => (self as unknown as {postMessage(m: unknown, t: Transferable[]): void}).postMessage(message, transfer);
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The curves cut to the chart's resolution (whole when the pooled curve is refitted from them), whether any was cut,
 * and the buffers to hand over rather than copy: all of them when none was cut, else only the cut curves' own, since the
 * whole curves are kept.
 */
function drawable(comparison: CsvComparison, view: ChartView): {comparison: CsvComparison; cut: boolean; transfer: Transferable[]} {
  const ends = comparison.curves.map(({fit}) => (fit.time.length ? fit.time[fit.time.length - 1] : 0));
  const end = view.xmax ?? Math.max(...ends);
  const exactAt = possibleTicks(end, MAX_TICKS);
  const curves = view.pooled ? comparison.curves : comparison.curves.map((c) => ({...c, fit: drawableCurve(c.fit, {end, columns: COLUMNS_PER_PIXEL * view.width, rows: view.height, exactAt})}));
  const cut = curves.some(({fit}, k) => fit !== comparison.curves[k].fit);
  const buffers = new Set<ArrayBuffer>();
  for (const [k, {fit}] of curves.entries()) {
    if (cut && fit === comparison.curves[k].fit) continue;
    for (const a of [fit.time, fit.nRisk, fit.nEvent, fit.nCensor, fit.surv, fit.nEnter]) if (a) buffers.add(a.buffer as ArrayBuffer);
  }
  return {comparison: {...comparison, curves}, cut, transfer: [...buffers]};
}

async function analyse({request, generation: mine}: {request: AnalyseRequest; generation: number}) {
  const {id, columns, options, view} = request;
  try {
    if (!file) throw new Error("no file loaded");
    post({type: "progress", id, stage: "Validating", fraction: 0.6});
    const data = readSurvivalColumns(file, columns);
    post({type: "progress", id, stage: "Fitting", fraction: 0.8});
    // The curves first: the page draws them while the models are fitted.
    const whole = compareSurvivalCsv(data, options);
    const {comparison, cut, transfer} = drawable(whole, view);
    full = cut ? {id, curves: whole.curves} : null;
    post({type: "result", id, n: data.n, omitted: data.omitted, analysis: comparison, cut}, transfer);
    // Step by step, each in its own task: a newer mapping waits for one step at most, and this one stops there.
    const details = {};
    for (const step of survivalCsvDetailSteps(data, options)) {
      await nextTask();
      if (mine !== generation) return;
      Object.assign(details, step());
    }
    post({type: "details", id, details});
  } catch (error) {
    post({type: "error", id, message: (error as Error).message});
  }
}

/** The CSV of every step of the curves of result `id`, as the page's own curve download writes it (km-table-rows.ts). */
function curveCsv(id: number): void {
  if (full?.id === id) post({type: "curve-csv", id, text: csvFormat(curveRows(full.curves))});
  else post({type: "curve-csv", id, error: "These curves have been replaced by a newer analysis: download from the chart now shown."});
}

self.addEventListener("message", async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  // Answered between the steps of any analysis under way, which it leaves running.
  if (request.type === "curve-csv") return curveCsv(request.id);
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
  full = null;
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

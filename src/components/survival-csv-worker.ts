// Reads a reader's CSV off the main thread, so a large file never freezes the
// page: decodes it as UTF-8 and parses it once into a typed array per column,
// then, for each mapping the reader chooses, reads the mapped columns and runs
// the analysis, posting progress between stages and only the results back
// (curves, tests, tables), never the rows. Nothing is sent anywhere: the
// bytes arrive from the page and the results go back to it.
import {compareSurvivalCsv, survivalCsvDetailSteps, type CsvAnalysisOptions} from "../lib/analysis/analyse-survival-csv.js";
import {parseCsvColumns, type CsvColumns} from "../lib/analysis/csv-columns.js";
import {decodeFile} from "../lib/analysis/decode-file.js";
import {csvOverview} from "../lib/analysis/inspect-csv.js";
import {readSurvivalColumns, type SurvivalCsvColumns} from "../lib/analysis/survival-csv.js";

export type WorkerRequest =
  | {type: "inspect"; file: File}
  | {type: "analyse"; columns: SurvivalCsvColumns; options: CsvAnalysisOptions};

// Parsed once per file: each new mapping reads the same columns.
let file: CsvColumns | null = null;
// The mapping asked for last.
let latest = 0;

const post = (message: unknown) => (self as unknown as {postMessage(m: unknown): void}).postMessage(message);

self.addEventListener("message", async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.type === "inspect") {
      file = null;
      ++latest;
      // The file's bytes are read here, not on the page: a large file's would hold up the page's thread.
      const bytes = new Uint8Array(await request.file.arrayBuffer());
      post({type: "progress", stage: "Decoding", fraction: 0.1});
      const text = decodeFile(bytes, request.file.name);
      post({type: "progress", stage: "Reading columns", fraction: 0.4});
      file = parseCsvColumns(text, request.file.name);
      post({type: "columns", ...csvOverview(file)});
    } else {
      if (!file) throw new Error("no file loaded");
      post({type: "progress", stage: "Validating", fraction: 0.6});
      const data = readSurvivalColumns(file, request.columns);
      post({type: "progress", stage: "Fitting", fraction: 0.8});
      const id = ++latest;
      // The curves first: the page draws them while the models are fitted.
      post({type: "result", n: data.n, omitted: data.omitted, analysis: compareSurvivalCsv(data, request.options)});
      // Step by step after any mapping already waiting: a reader changing controls quickly waits only for the curves of the last one.
      const steps = survivalCsvDetailSteps(data, request.options);
      const details = {};
      for (const step of steps) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (id !== latest) return;
        Object.assign(details, step());
      }
      post({type: "details", details});
    }
  } catch (error) {
    post({type: "error", message: (error as Error).message});
  }
});
// Module workers run this only once every import has loaded: from here on, reading a file fetches nothing.
post({type: "ready"});

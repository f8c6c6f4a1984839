// Reads a reader's CSV off the main thread, so a large file never freezes the
// page: decodes it as UTF-8, looks at its columns, then reads the mapped
// columns and runs the analysis, posting progress between stages. Nothing is
// sent anywhere: the bytes arrive from the page and the results go back to it.
import {analyseSurvivalCsv, type CsvAnalysisOptions} from "../lib/analysis/analyse-survival-csv.js";
import {decodeFile} from "../lib/analysis/decode-file.js";
import {csvParseRows} from "d3";
import {inspectRows} from "../lib/analysis/inspect-csv.js";
import {readSurvivalRows, type SurvivalCsvColumns} from "../lib/analysis/survival-csv.js";

export type WorkerRequest =
  | {type: "inspect"; name: string; bytes: ArrayBuffer}
  | {type: "analyse"; columns: SurvivalCsvColumns; options: CsvAnalysisOptions};

// Parsed once per file: each new mapping reads the same rows.
let file: {name: string; rows: string[][]} | null = null;

const post = (message: unknown) => (self as unknown as {postMessage(m: unknown): void}).postMessage(message);

self.addEventListener("message", (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.type === "inspect") {
      post({type: "progress", stage: "Decoding", fraction: 0.1});
      const text = decodeFile(new Uint8Array(request.bytes), request.name);
      post({type: "progress", stage: "Reading columns", fraction: 0.4});
      const rows = csvParseRows(text);
      file = null;
      const overview = inspectRows(rows, request.name);
      file = {name: request.name, rows};
      post({type: "columns", ...overview});
    } else {
      if (!file) throw new Error("no file loaded");
      post({type: "progress", stage: "Validating", fraction: 0.6});
      const data = readSurvivalRows(file.rows, file.name, request.columns);
      post({type: "progress", stage: "Fitting", fraction: 0.8});
      post({type: "result", n: data.n, omitted: data.omitted, analysis: analyseSurvivalCsv(data, request.options)});
    }
  } catch (error) {
    post({type: "error", message: (error as Error).message});
  }
});

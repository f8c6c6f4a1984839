// A reader's own CSV on /explore, in headless Chromium on the built site:
// 1,000,000 rows read, validated and analysed (Kaplan–Meier per group and the
// log-rank test) in the page's worker, from choosing the file to the drawn
// result, with the longest main-thread task meanwhile; then, on 100,000 rows,
// a change of the group column to the redrawn result: p95 over 30 changes back
// and forth between two groupings, each once the models of the last are drawn
// (from the third change on, each shows a view drawn a moment before, which
// the page keeps), and p95 over 12 changes to a grouping not analysed since
// the file was read (the file is read again before each, which drops what the
// page and its worker kept; the worker fits the curves of the other category
// column ahead once the first view's models are drawn, as it does for a
// reader looking at that view); each with the main thread's busy time per
// change, the models' tables included. A first view cannot come sooner than
// the worker's analysis of the new mapping: that is timed here too, the same
// code in this process, from the parsed file to the curves and test.
// Usage: npm run bench:browser (builds first). Targets: under 3 s with no
// main-thread task over 100 ms; p95 under 50 ms.
import {performance} from "node:perf_hooks";
import {quantile} from "d3";
import {compareSurvivalCsv} from "../src/lib/analysis/analyse-survival-csv.js";
import {parseCsvColumns} from "../src/lib/analysis/csv-columns.js";
import {readSurvivalColumns} from "../src/lib/analysis/survival-csv.js";
import {openPage} from "../tests/browser/page-session.js";
import {openBuiltSite, writeBrowserResult} from "./built-site.js";

const TARGET_LOAD_MS = 3000;
const TARGET_TASK_MS = 100;
const TARGET_P95_MS = 50;
const CHANGES = 30;
const FIRST_VIEWS = 12;

/** Deterministic survival rows: whole-day times, three groups, an age. */
function csv(rows: number): Buffer {
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const lines = ["time,event,group,arm,age"];
  for (let i = 0; i < rows; ++i) {
    const g = i % 3;
    lines.push(`${Math.floor(-Math.log(1 - random()) * (600 + 200 * g))},${random() < 0.7 ? 1 : 0},${"abc"[g]},${i % 2 ? "x" : "y"},${40 + Math.floor(random() * 40)}`);
  }
  return Buffer.from(lines.join("\n") + "\n");
}

const {url, browser, close} = await openBuiltSite();

async function loadTimed(rows: number) {
  const {page} = await openPage(browser, url, "/explore?csv_group=group");
  await page.waitForSelector("[data-testid=csv-input]:not([disabled])");
  await page.evaluate(() => {
    const w = window as unknown as {benchTasks: {start: number; duration: number}[]; benchStart: number};
    w.benchTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.benchTasks.push({start: e.startTime, duration: e.duration}))).observe({type: "longtask"});
    document.querySelector("[data-testid=csv-input]")!.addEventListener("change", () => (w.benchStart = performance.now()), {capture: true});
  });
  await page.getByTestId("csv-input").setInputFiles({name: "rows.csv", mimeType: "text/csv", buffer: csv(rows)}, {timeout: 300_000});
  await page.waitForFunction((n) => document.querySelector("[data-testid=csv-status]")?.textContent === `${n} rows analysed.` && document.querySelector("[data-testid=csv-result] .km-chart svg"), rows, {timeout: 120_000});
  const measured = await page.evaluate(() => new Promise<{ms: number; longestTaskMs: number}>((resolve) => requestAnimationFrame(() => {
    const w = window as unknown as {benchTasks: {start: number; duration: number}[]; benchStart: number};
    // From the file's arrival in the input: handing a test file to the input is the harness's work, not the page's.
    resolve({ms: performance.now() - w.benchStart, longestTaskMs: Math.max(0, ...w.benchTasks.filter((t) => t.start >= w.benchStart).map((t) => t.duration))});
  })));
  return {page, ...measured};
}

const million = await loadTimed(1_000_000);
await million.page.context().close();

const {page} = await loadTimed(100_000);
// Main-thread busy time (Chromium's TaskDuration), steadier than wall time when other jobs share the cores.
const cdp = await page.context().newCDPSession(page);
await cdp.send("Performance.enable");
const busy = async () => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration")!.value * 1000;
/** Chooses `column` as the group and returns the milliseconds until the new chart is in the page and a frame has been drawn. */
const change = (column: string) => page.evaluate(async (column) => {
  const select = document.querySelector<HTMLSelectElement>('[data-testid=csv-mapping] select[data-role="group"]')!;
  const before = document.querySelector("[data-testid=csv-result] .km-chart");
  const started = performance.now();
  const rendered = new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      const chart = document.querySelector("[data-testid=csv-result] .km-chart");
      if (chart && chart !== before) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(document.body, {childList: true, subtree: true});
  });
  select.value = column;
  select.dispatchEvent(new Event("change"));
  await rendered;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return performance.now() - started;
}, column);
/** Waits until the models of the view shown are drawn, so that the next change starts from a quiet page. */
// Told by the page's own mutations rather than polled each frame, which would add to the busy time measured. A string,
// not a function: the page gets exactly this code.
const settled = () => page.evaluate(`new Promise((resolve) => {
  const done = () => Boolean(document.querySelector("[data-testid=csv-details]:not([aria-busy])") && document.querySelector("[data-testid=csv-progress]").hidden);
  if (done()) return resolve();
  const observer = new MutationObserver(() => {
    if (!done()) return;
    observer.disconnect();
    resolve();
  });
  observer.observe(document.body, {childList: true, subtree: true, attributes: true, attributeFilter: ["aria-busy", "hidden"]});
})`);

const timings: number[] = [];
let busyBefore = 0;
for (let i = 0; i < CHANGES + 3; ++i) {
  if (i === 3) busyBefore = await busy();
  const ms = await change(i % 2 ? "group" : "arm");
  // A reader's next change comes once the models are drawn, not within the same frame.
  await settled();
  if (i >= 3) timings.push(ms);
}
const mainThreadMsPerChange = ((await busy()) - busyBefore) / CHANGES;

const firstTimings: number[] = [];
let firstBusy = 0;
for (let i = 0; i < FIRST_VIEWS; ++i) {
  await page.getByTestId("csv-input").setInputFiles({name: "rows.csv", mimeType: "text/csv", buffer: csv(100_000)}, {timeout: 300_000});
  await page.waitForFunction(() => document.querySelector("[data-testid=csv-status]")?.textContent === "100000 rows analysed.", null, {timeout: 120_000});
  await settled();
  const grouped = await page.evaluate(() => document.querySelector<HTMLSelectElement>('[data-testid=csv-mapping] select[data-role="group"]')!.value);
  const start = await busy();
  firstTimings.push(await change(grouped === "arm" ? "group" : "arm"));
  await settled();
  firstBusy += (await busy()) - start;
}
await close();

const firstSorted = firstTimings.sort((a, b) => a - b);

// The worker's part of a first view, off the page: reading the mapped columns of the parsed file, the curves and the log-rank test.
const parsed = parseCsvColumns(csv(100_000).toString("utf8"), "rows.csv");
const analysisTimings: number[] = [];
for (let i = 0; i < FIRST_VIEWS + 3; ++i) {
  const started = performance.now();
  compareSurvivalCsv(readSurvivalColumns(parsed, {time: "time", event: "event", group: i % 2 ? "group" : "arm"}));
  if (i >= 3) analysisTimings.push(performance.now() - started);
}
const analysisSorted = analysisTimings.sort((a, b) => a - b);
const sorted = timings.sort((a, b) => a - b);
const result = {
  page: "/explore",
  million: {rows: 1_000_000, ms: million.ms, longestMainThreadTaskMs: million.longestTaskMs, targetMs: TARGET_LOAD_MS, targetTaskMs: TARGET_TASK_MS, met: million.ms < TARGET_LOAD_MS && million.longestTaskMs <= TARGET_TASK_MS},
  change: {rows: 100_000, samples: CHANGES, medianMs: quantile(sorted, 0.5)!, p95Ms: quantile(sorted, 0.95)!, mainThreadMsPerChange, targetP95Ms: TARGET_P95_MS, met: quantile(sorted, 0.95)! < TARGET_P95_MS},
  firstView: {rows: 100_000, samples: FIRST_VIEWS, medianMs: quantile(firstSorted, 0.5)!, p95Ms: quantile(firstSorted, 0.95)!, mainThreadMsPerChange: firstBusy / FIRST_VIEWS, targetP95Ms: TARGET_P95_MS, met: quantile(firstSorted, 0.95)! < TARGET_P95_MS},
  firstViewAnalysis: {rows: 100_000, samples: FIRST_VIEWS, medianMs: quantile(analysisSorted, 0.5)!, p95Ms: quantile(analysisSorted, 0.95)!}
};
const path = writeBrowserResult("browser-own-csv", result);
console.log(`1,000,000 rows: file chosen → curves and log-rank drawn in ${million.ms.toFixed(0)} ms, ${million.longestTaskMs > 0 ? `longest main-thread task ${million.longestTaskMs.toFixed(0)} ms` : "no main-thread task of 50 ms or more (the browser's long-task threshold)"}; target < ${TARGET_LOAD_MS} ms with no task over ${TARGET_TASK_MS} ms: ${result.million.met ? "met" : "NOT met"}`);
console.log(`100,000 rows: group change back and forth → redrawn, median ${result.change.medianMs.toFixed(1)} ms, p95 ${result.change.p95Ms.toFixed(1)} ms, main thread busy ${mainThreadMsPerChange.toFixed(1)} ms per change; target p95 < ${TARGET_P95_MS} ms: ${result.change.met ? "met" : "NOT met"}`);
console.log(`100,000 rows: group change to a view not drawn since the file was read → redrawn, median ${result.firstView.medianMs.toFixed(1)} ms, p95 ${result.firstView.p95Ms.toFixed(1)} ms, main thread busy ${result.firstView.mainThreadMsPerChange.toFixed(1)} ms per change; target p95 < ${TARGET_P95_MS} ms: ${result.firstView.met ? "met" : "NOT met"}`);
console.log(`100,000 rows: the worker's analysis of a new mapping alone (columns read, curves and log-rank, in node), median ${result.firstViewAnalysis.medianMs.toFixed(1)} ms, p95 ${result.firstViewAnalysis.p95Ms.toFixed(1)} ms`);
console.log(`written ${path}`);

// Filter and control changes on /progression of the built site, in headless
// Chromium (filter-latency.ts). Usage: npm run bench:browser (builds first).
// Targets: p95 at most 33 ms (two frames at 60 Hz) and no task over 16 ms.
import {loadavg} from "node:os";
import {openBuiltSite, writeBrowserResult} from "./built-site.js";
import {filterLatency, FILTER_PAGE, FRAME_MS} from "./filter-latency.js";

const SAMPLES = 60;
const WARMUP = 6;
const TARGET_P95_MS = 33;

const {url, browser, close} = await openBuiltSite();
const load = loadavg()[0];
const {filter, control} = await filterLatency(browser, url, SAMPLES, WARMUP);
await close();

const result = {
  page: FILTER_PAGE,
  loadAverage1m: Math.round(load * 100) / 100,
  filter,
  control,
  targetP95Ms: TARGET_P95_MS,
  targetTaskMs: FRAME_MS,
  met: Math.max(filter.p95Ms, control.p95Ms) <= TARGET_P95_MS && Math.max(filter.longestTaskMs, control.longestTaskMs) <= FRAME_MS
};
const path = writeBrowserResult("browser-filter-latency", result);
console.log(`load average ${result.loadAverage1m} (1 min) at the start`);
for (const [name, s] of [["filter change (tumour type)", filter], ["control change (Compare: arms ↔ hormonal activity)", control]] as const) {
  console.log(`${name} → updated curves, table, P value and effect estimates on ${result.page}, ${s.samples} samples`);
  console.log(`  median ${s.medianMs.toFixed(1)} ms, p95 ${s.p95Ms.toFixed(1)} ms, max ${s.maxMs.toFixed(1)} ms; longest main-thread task ${s.longestTaskMs.toFixed(1)} ms, ${s.tasksOver16Ms} tasks over ${FRAME_MS} ms`);
  console.log(`  CPU time of the main thread: longest task ${s.longestTaskCpuMs.toFixed(1)} ms, ${s.tasksOver16MsCpu} tasks over ${FRAME_MS} ms, ${s.mainThreadCpuPerSampleMs.toFixed(1)} ms per change`);
}
console.log(`targets p95 ≤ ${TARGET_P95_MS} ms and no task over ${FRAME_MS} ms: ${result.met ? "met" : "NOT met"}`);
console.log(`written ${path}`);

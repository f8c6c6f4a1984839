// Where a filter change on /progression spends the main thread: a CPU profile
// of the page's JavaScript by function (self and total time) and the trace's
// rendering work (style, layout, paint) over repeated changes. Usage, after a
// build: npx tsx bench/profile-filter-change.ts [changes] [filter|control]
import type {Page} from "playwright-core";
import {openBuiltSite} from "./built-site.js";
import {CHANGE_OPTIONS, FILTER_PAGE, mainThreads, sample, type ChangeKind, type TraceEvent} from "./filter-latency.js";
import {openPage} from "../tests/browser/page-session.js";

interface ProfileNode {
  id: number;
  callFrame: {functionName: string; url: string; lineNumber: number; columnNumber: number};
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const changes = Number(process.argv[2] ?? 30);
const kind = (process.argv[3] ?? "filter") as ChangeKind;
const options = CHANGE_OPTIONS[kind];

const frameName = ({functionName, url, lineNumber, columnNumber}: ProfileNode["callFrame"]) =>
  `${functionName || "(anonymous)"} ${url.split("/").pop()}:${lineNumber + 1}:${columnNumber + 1}`;

/** Self and total ms per function, over all samples (a function counted once per sample however deep its recursion). */
function byFunction(profile: Profile): {self: Map<string, number>; total: Map<string, number>} {
  const parent = new Map<number, number>();
  const node = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = frameName(node.get(id)!.callFrame);
    self.set(leaf, (self.get(leaf) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = frameName(node.get(at)!.callFrame);
      if (!seen.has(name)) total.set(name, (total.get(name) ?? 0) + ms), seen.add(name);
    }
  });
  return {self, total};
}

const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);

// The rendering steps of the trace, and the tasks that run script, by name.
const RENDERING = ["UpdateLayoutTree", "Layout", "PrePaint", "Paint", "Layerize", "Commit", "HitTest", "ParseHTML", "FunctionCall", "FireAnimationFrame", "EvaluateScript", "TimerFire", "EventDispatch", "RunMicrotasks", "MajorGC", "MinorGC"];

/** CPU ms per change of each rendering step on the main thread; a step forced by script (a stack trace in its begin data) counted apart. */
function renderingSteps(events: TraceEvent[]): Map<string, number> {
  const main = mainThreads(events);
  const steps = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== "X" || !main.has(e.tid) || !RENDERING.includes(e.name)) continue;
    const name = e.args?.beginData?.stackTrace ? `${e.name} (forced by script)` : e.name;
    steps.set(name, (steps.get(name) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
  }
  return steps;
}

async function run(page: Page) {
  for (let i = 0; i < 6; ++i) await sample(page, kind, options[i % options.length]);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", {interval: 100});
  await cdp.send("Profiler.start");
  await page.context().browser()!.startTracing(page, {categories: ["disabled-by-default-devtools.timeline", "devtools.timeline"]});
  const times: number[] = [];
  for (let i = 0; i < changes; ++i) times.push(await sample(page, kind, options[i % options.length]));
  const trace = JSON.parse((await page.context().browser()!.stopTracing()).toString("utf8")) as {traceEvents: TraceEvent[]};
  const {profile} = (await cdp.send("Profiler.stop")) as unknown as {profile: Profile};
  const {self, total} = byFunction(profile);
  const per = (ms: number) => `${(ms / changes).toFixed(2).padStart(7)} ms`;
  console.log(`${changes} ${kind} changes, median ${times.sort((a, b) => a - b)[Math.floor(changes / 2)].toFixed(1)} ms`);
  console.log("total time per change, by function:");
  for (const [name, ms] of top(total, 45)) console.log(`  ${per(ms)}  ${name}`);
  console.log("self time per change, by function:");
  for (const [name, ms] of top(self, 30)) console.log(`  ${per(ms)}  ${name}`);
  console.log("main-thread CPU per change, by trace event (nested events counted in each):");
  for (const [name, ms] of top(renderingSteps(trace.traceEvents), RENDERING.length * 2)) console.log(`  ${per(ms)}  ${name}`);
}

const {url, browser, close} = await openBuiltSite();
const {page} = await openPage(browser, url, FILTER_PAGE);
try {
  await run(page);
} finally {
  await close();
}

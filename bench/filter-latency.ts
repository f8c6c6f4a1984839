// From a filter or control change to updated curves, landmark table, P value
// and effect estimates on /progression of a built site, in headless Chromium.
// Each sample clicks a tumour-type radio (or, for the control samples,
// switches the Compare select between the arms and hormonal activity) and
// stops the clock at the first animation frame after the last DOM change
// anywhere on the page, once the survival card has been re-rendered. Meanwhile Chromium traces the page's main thread: its
// longest task (JavaScript, style, layout and paint, the trace's RunTask)
// while the controls are used.
import {quantile} from "d3";
import type {Browser, Page} from "playwright-core";
import {SUPERSEDED} from "../src/components/set-aside.js";
import {openPage} from "../tests/browser/page-session.js";

export const FILTER_PAGE = "/progression";
/** A main-thread task longer than this misses a frame at 60 Hz. */
export const FRAME_MS = 16;

type Sample = number;

/** A filter change clicks a tumour-type radio; a control change picks another Compare option. */
export type ChangeKind = "filter" | "control";

/** With no DOM change for this long after the card is redrawn, the change is taken to be fully drawn. */
const QUIET_MS = 150;

/** A change, or a scroll to the charts matched by a selector (`label`), which draws those a change left far off screen (kept-chart-slot.ts). */
export type Action = ChangeKind | "scroll";

/**
 * Clicks the tumour-type radio `label`, or picks `label` in the Compare select, and times it to the first animation
 * frame after the last DOM change anywhere on the page: work split over several tasks or frames counts until its end.
 * Unless `effectsChange` is false, the change must also change the effect estimates' text. A scroll is timed the
 * same way, until the charts scrolled to are drawn.
 */
export async function sample(page: Page, kind: Action, label: string, {effectsChange = true}: {effectsChange?: boolean} = {}): Promise<Sample> {
  // The charts a scroll waits for: those scrolled to that a change left to be drawn.
  const waiting = `${label} .${SUPERSEDED}`;
  return page.evaluate(async ([kind, label, quietMs, effectsChange, WINDOW_START, WINDOW_END, waiting]) => {
    const before = document.querySelector(".landmark-table");
    const effectsBefore = document.querySelector(".effect-estimates")?.textContent;
    let lastChange = 0;
    let frameAfterLast = 0;
    let redrawn: () => void;
    const rendered = new Promise<void>((resolve) => (redrawn = resolve));
    const observer = new MutationObserver(() => {
      const at = (lastChange = performance.now());
      requestAnimationFrame(() => {
        if (lastChange === at) frameAfterLast = performance.now();
      });
      if (kind === "scroll") {
        if (!document.querySelector(waiting)) redrawn();
        return;
      }
      const table = document.querySelector(".landmark-table");
      const effects = document.querySelector(".effect-estimates")?.textContent;
      if (table && table !== before && table.isConnected && document.querySelector(".km-chart svg") && effects && (!effectsChange || effects !== effectsBefore)) redrawn();
    });
    observer.observe(document.documentElement, {childList: true, subtree: true, attributes: true, characterData: true});
    const started = performance.now();
    if (kind === "scroll") {
      if (!document.querySelector(waiting)) throw new Error(`nothing under ${label} waits to be drawn`);
      performance.mark(WINDOW_START);
      document.querySelector(label)!.scrollIntoView();
    } else if (kind === "filter") {
      const radio = Array.from(document.querySelectorAll<HTMLInputElement>("form input[type=radio]")).find(
        (input) => input.parentElement?.textContent?.trim() === label && input.closest("form")?.textContent?.includes("Tumour type")
      );
      if (!radio) throw new Error(`no radio labelled ${label}`);
      radio.click();
    } else {
      const select = Array.from(document.querySelectorAll("form")).find((f) => f.querySelector("label")?.textContent?.trim() === "Compare")?.querySelector("select");
      const option = select && Array.from(select.options).find((o) => o.textContent?.trim() === label);
      if (!select || !option) throw new Error(`no Compare option ${label}`);
      select.value = option.value;
      select.dispatchEvent(new Event("input", {bubbles: true}));
    }
    await rendered;
    while (performance.now() - lastChange < quietMs || frameAfterLast < lastChange) await new Promise((resolve) => setTimeout(resolve, 20));
    observer.disconnect();
    if (kind === "scroll") performance.mark(WINDOW_END);
    return frameAfterLast - started;
  }, [kind, label, QUIET_MS, effectsChange, WINDOW_START, WINDOW_END, waiting] as const);
}

/** A Chromium trace event, as much of it as the benchmarks read. */
export interface TraceEvent {
  name: string;
  ph: string;
  tid: number;
  /** Start, in µs. */
  ts: number;
  dur?: number;
  /** Time the thread ran on a CPU, which the load of other processes does not stretch. */
  tdur?: number;
  /** A rendering step forced by script has a stack trace in its begin data. */
  args?: {name?: string; beginData?: {stackTrace?: unknown}};
}

/** The thread ids of the pages' main threads in a trace. */
export function mainThreads(events: readonly TraceEvent[]): Set<number> {
  return new Set(events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => e.tid));
}

interface Traced {
  samples: Sample[];
  /** The main thread's tasks in ms, longest first: wall time, and the CPU time of each. */
  tasks: number[];
  cpu: number[];
}

/** Sorts task times in place, longest first. */
const longestFirst = (values: number[]) => values.sort((a, b) => b - a);

/** The user-timing marks around each timed scroll, so that only the tasks between them count. */
const WINDOW_START = "bench:timed-start";
const WINDOW_END = "bench:timed-end";

/** Runs `samples` under a trace of the page's main thread; with `windowed`, counts only the tasks within timed scrolls. */
async function traced(browser: Browser, page: Page, run: () => Promise<Sample[]>, {windowed = false}: {windowed?: boolean} = {}): Promise<Traced> {
  await browser.startTracing(page, {categories: ["disabled-by-default-devtools.timeline", "devtools.timeline", "blink.user_timing"]});
  const samples = await run();
  const {traceEvents} = JSON.parse((await browser.stopTracing()).toString("utf8")) as {traceEvents: TraceEvent[]};
  const main = mainThreads(traceEvents);
  const marks = (name: string) => traceEvents.filter((e) => e.name === name).map((e) => e.ts);
  const [starts, ends] = [marks(WINDOW_START), marks(WINDOW_END)];
  if (windowed && (starts.length !== samples.length || ends.length !== samples.length)) throw new Error(`${samples.length} timed scrolls, but ${starts.length} start and ${ends.length} end marks in the trace`);
  const inWindow = (e: TraceEvent) => !windowed || starts.some((start, i) => e.ts + (e.dur ?? 0) >= start && e.ts <= ends[i]);
  const runs = traceEvents.filter((e) => e.ph === "X" && e.name === "RunTask" && main.has(e.tid) && inWindow(e));
  return {samples, tasks: longestFirst(runs.map((e) => (e.dur ?? 0) / 1000)), cpu: longestFirst(runs.map((e) => (e.tdur ?? e.dur ?? 0) / 1000))};
}

/** The labels each kind of change cycles through. */
export const CHANGE_OPTIONS: Record<ChangeKind, string[]> = {filter: ["Carcinoid", "Noncarcinoid", "All"], control: ["Hormonal activity", "Treatment arms"]};
const runs = async (browser: Browser, page: Page, kind: ChangeKind, count: number, warmup: number) => {
  for (let i = 0; i < warmup; ++i) await sample(page, kind, CHANGE_OPTIONS[kind][i % CHANGE_OPTIONS[kind].length]);
  return traced(browser, page, async () => {
    const samples: Sample[] = [];
    for (let i = 0; i < count; ++i) samples.push(await sample(page, kind, CHANGE_OPTIONS[kind][(warmup + i) % CHANGE_OPTIONS[kind].length]));
    return samples;
  });
};

const summary = ({samples, tasks, cpu}: Traced) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    samples: samples.length,
    medianMs: quantile(sorted, 0.5)!,
    p95Ms: quantile(sorted, 0.95)!,
    maxMs: sorted[sorted.length - 1],
    longestTaskMs: tasks[0],
    tasksOver16Ms: tasks.filter((t) => t > FRAME_MS).length,
    longestTaskCpuMs: cpu[0],
    tasksOver16MsCpu: cpu.filter((t) => t > FRAME_MS).length,
    mainThreadCpuPerSampleMs: cpu.reduce((a, b) => a + b, 0) / samples.length
  };
};

export type LatencySummary = ReturnType<typeof summary>;

/** `samples` filter changes and half as many control changes on /progression, each after `warmup` untimed ones. */
export async function filterLatency(browser: Browser, url: string, samples: number, warmup: number): Promise<{filter: LatencySummary; control: LatencySummary}> {
  const {page} = await openPage(browser, url, FILTER_PAGE);
  try {
    const filter = summary(await runs(browser, page, "filter", samples, warmup));
    const control = summary(await runs(browser, page, "control", Math.ceil(samples / 2), warmup));
    return {filter, control};
  } finally {
    await page.context().close();
  }
}

/**
 * Every Compare option, each under every tumour filter, on a fresh page: each change shows a view the page has not shown
 * before, so each of its charts near the viewport is drawn, not kept; the arms' charts, which Compare does not change,
 * only under the first Compare option. The first Compare option is visited under the two filters not shown at load;
 * each next option under the filter last chosen, then under the other two. With `inView`, the page is first scrolled
 * to the element it selects.
 */
export async function firstVisits(browser: Browser, url: string, {inView}: {inView?: string} = {}): Promise<LatencySummary> {
  const {page} = await openPage(browser, url, FILTER_PAGE);
  try {
    if (inView) await scrolledTo(page, inView);
    const compares = (await page.evaluate(
      `Array.from(Array.from(document.querySelectorAll("form")).find((f) => f.querySelector("label")?.textContent?.trim() === "Compare").querySelectorAll("option"), (o) => o.textContent.trim())`
    )) as string[];
    const [all, ...others] = CHANGE_OPTIONS.filter.slice().reverse();
    return summary(
      await traced(browser, page, async () => {
        const samples: Sample[] = [];
        let tumours = [all, ...others];
        for (const [i, compare] of compares.entries()) {
          if (i > 0) samples.push(await sample(page, "control", compare, {effectsChange: false}));
          for (const tumour of tumours.slice(1)) samples.push(await sample(page, "filter", tumour, {effectsChange: false}));
          tumours = [tumours[2], tumours[0], tumours[1]];
        }
        return samples;
      })
    );
  } finally {
    await page.context().close();
  }
}

/** Scrolls to the element `selector` matches (or to the top), and waits three frames. */
const scrolledTo = (page: Page, selector: string | null) =>
  page.evaluate(`(async () => { ${selector ? `document.querySelector(${JSON.stringify(selector)}).scrollIntoView()` : "scrollTo(0, 0)"}; for (let frame = 0; frame < 3; ++frame) await new Promise(requestAnimationFrame); })()`);

/**
 * The charts a change at the top of the page leaves to be drawn when they come near (kept-chart-slot.ts): on each of
 * `pages` fresh pages, each tumour filter not shown at load in turn, made at the top and not timed, then a scroll to
 * the charts `selector` matches, timed until they are drawn (only the tasks between the scroll's marks count), then back
 * to the top.
 */
export async function scrollsAfterChanges(browser: Browser, url: string, selector: string, pages: number): Promise<LatencySummary> {
  const all: Traced = {samples: [], tasks: [], cpu: []};
  for (let i = 0; i < pages; ++i) {
    const {page} = await openPage(browser, url, FILTER_PAGE);
    try {
      const {samples, tasks, cpu} = await traced(
        browser,
        page,
        async () => {
          const samples: Sample[] = [];
          for (const tumour of CHANGE_OPTIONS.filter.slice(0, 2)) {
            await sample(page, "filter", tumour, {effectsChange: false});
            samples.push(await sample(page, "scroll", selector));
            await scrolledTo(page, null);
          }
          return samples;
        },
        {windowed: true}
      );
      all.samples.push(...samples);
      all.tasks.push(...tasks);
      all.cpu.push(...cpu);
    } finally {
      await page.context().close();
    }
  }
  return summary({samples: all.samples, tasks: longestFirst(all.tasks), cpu: longestFirst(all.cpu)});
}

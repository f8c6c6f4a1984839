// The small-group rule, checked on the rendered pages in every state their
// controls can reach: a computed P value shows only where every group behind
// it has at least 5 patients, and where a group is smaller the page says why
// instead. Pages mark each computed P, or the reason it is withheld, with the
// smallest group behind it (components/p-value.ts); this walk finds every P
// on the page, marked or not, so a P printed without the mark fails too.
import type {Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {MIN_GROUP_SIZE} from "../../src/lib/analysis/small-groups.js";
import {builtSite} from "./built-site.js";
import {sitePages} from "./site-pages.js";

const site = builtSite();

interface Control {
  label: string;
  options: string[];
  /** A select rather than radios: its options listed are a sample of its states (the rest are in SAMPLES). */
  select?: true;
}

const TUMOUR: Control = {label: "Tumour type", options: ["All", "Carcinoid", "Noncarcinoid"]};
const HORMONAL: Control = {label: "Hormonal activity", options: ["All", "Active", "Inactive"]};
const EXTRAHEPATIC: Control = {label: "Extrahepatic disease", options: ["All", "Present", "Absent"]};
const ANALYSES = ["Delayed entry: at risk from the first embolization", "Delayed entry, from when every group has 10 at risk", "Naive, as the paper (counts time before the first embolization)"];

// Every radio control of each page; the test fails if a page has one not listed here.
const CONTROLS: Record<string, Control[]> = {
  "/": [TUMOUR],
  "/cohort": [TUMOUR, HORMONAL, EXTRAHEPATIC],
  "/safety": [TUMOUR],
  "/response": [TUMOUR, HORMONAL],
  "/progression": [
    TUMOUR,
    {label: "Endpoint", options: ["Time to progression", "Time to treatment failure"]},
    {label: "Compare", options: ["Treatment arms", "Primary tumour (five types)", "Hormonal activity"], select: true}
  ],
  // The first control changes least often: the analysis control reweighs the page's whole family of views.
  "/survival": [
    {label: "From diagnosis or liver metastases", options: ANALYSES},
    {label: "Measured from", options: ["First embolization", "Diagnosis", "Liver metastases"]},
    {label: "Compare", options: ["Treatment arms", "Tumour types"], select: true},
    TUMOUR,
    HORMONAL,
    EXTRAHEPATIC
  ],
  "/trial-design": [
    {label: "Endpoint", options: ["Time to progression", "Survival from first embolization"]},
    {label: "Test", options: ["Two-sided", "One-sided"]},
    {label: "Solve for", options: ["Patients, given accrual period and follow-up", "Study length, given accrual period and rate"]}
  ]
};

// Links to states of the controls the walk above does not reach (the other groupings, the test and the landmarks), a sample: every grouping
// column with five levels or a flag, under a filter that leaves a group small, with stratified and G-rho tests and chosen landmarks.
const SAMPLES = [
  "/progression?compare=primary_tumor&tumor=noncarcinoid",
  "/progression?compare=sex&endpoint=tttf&test=g-rho&rho=0.5&strata=tumor",
  "/progression?compare=prior_hepatectomy&landmarks=3,9,27",
  "/progression?test=peto-peto&strata=primary_tumor&tumor=carcinoid",
  "/survival?compare=primary_tumor",
  "/survival?compare=primary_tumor&hormonal=inactive&origin=os_diagnosis",
  "/survival?compare=extrahepatic&hormonal=active&test=g-rho&rho=2",
  "/survival?compare=liver_metastases_3plus&origin=os_liver_metastases&analysis=conditional&strata=arm",
  "/survival?compare=prior_chemotherapy&tumor=carcinoid&extrahepatic=present&analysis=naive&origin=os_diagnosis&strata=sex",
  "/survival?strata=tumor&tumor=noncarcinoid&test=g-rho&rho=0.25&landmarks=6,60"
];

// States that show the same thing as another: the analysis control applies only to origins before the first embolization.
const redundant = (state: string[]) => state[1] === "First embolization" && state[0] !== ANALYSES[0];

// Pages without patient-level results to filter: the methods, and the paper's own comparisons on /reproduction, which its tests check number by number.
// /explore has no radio filters (its choices are selects and typed text, too many to walk); tests/browser/explore.test.ts checks the rule there.
const NOT_WALKED = new Set(["/methods", "/reproduction", "/explore"]);

function states(controls: Control[]): string[][] {
  return controls.reduce<string[][]>((all, c) => all.flatMap((s) => c.options.map((o) => [...s, o])), [[]]);
}

/** Checks the given radio options (or picks them in selects) in the page and resolves once the page's text has stopped changing across animation frames. */
async function show(page: Page, choices: [control: string, option: string][]): Promise<void> {
  await page.evaluate(async (choices) => {
    for (const [control, option] of choices) {
      const form = [...document.querySelectorAll("form")].find((f) => f.querySelector("label")?.textContent?.trim() === control);
      const select = form?.querySelector("select");
      if (select) {
        const choice = [...select.options].find((o) => o.textContent?.trim() === option);
        if (!choice) throw new Error(`no option ${option} in the control ${control}`);
        select.value = choice.value;
        select.dispatchEvent(new Event("input", {bubbles: true}));
        continue;
      }
      const input = [...(form?.querySelectorAll<HTMLInputElement>("input[type=radio]") ?? [])].find((i) => i.parentElement?.textContent?.trim() === option);
      if (!input) throw new Error(`no option ${option} in the control ${control}`);
      input.click();
    }
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    let last: string | null = null;
    for (let i = 0; i < 200; ++i) {
      await frame();
      const now = document.querySelectorAll("observablehq-loading").length ? null : (document.querySelector("main")?.innerText ?? "");
      if (now !== null && now === last) return;
      last = now;
    }
    throw new Error("the page kept changing");
  }, choices);
}

interface Audit {
  /** P values shown, with the smallest group behind each. */
  shown: number[];
  /** Withheld P values: the smallest group and the page's reason. */
  withheld: {minGroup: number; text: string}[];
  violations: string[];
  /** Every radio control on the page, by its label. */
  controls: string[];
}

/** Runs in the page: every computed P and every marked element, judged by the rule. */
function audit(minGroupSize: number): Audit {
  const computedP = /\bP\s*[=<>]\s*0\.\d/;
  const reason = /fewer than \d|no comparison|no events|cannot be (?:estimated|compared)|No [a-z ]+ (?:patients|procedures) under these filters/i;
  const main = document.querySelector("main")!;
  const result: Audit = {shown: [], withheld: [], violations: [], controls: []};
  const marked = (el: Element | null) => el?.closest<HTMLElement>(".p-value") ?? null;
  const judge = (mark: HTMLElement | null, text: string) => {
    if (!mark) return result.violations.push(`a P value without the small-group mark: "${text.trim().slice(0, 160)}"`);
    const minGroup = Number(mark.dataset.minGroup);
    if (!(minGroup >= minGroupSize)) result.violations.push(`a P value with a group of ${mark.dataset.minGroup}: "${text.trim().slice(0, 160)}"`);
    else result.shown.push(minGroup);
  };
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (computedP.test(node.textContent ?? "")) judge(marked(node.parentElement), node.textContent ?? "");
  }
  // Table columns headed "P" hold bare numbers ("0.16", "< 0.001").
  for (const table of main.querySelectorAll("table")) {
    const headers = [...table.querySelectorAll("thead th")].map((th) => th.textContent?.trim() ?? "");
    const pColumns = headers.flatMap((h, i) => (/(^|\s)P$/.test(h) ? [i] : []));
    for (const row of table.querySelectorAll("tbody tr")) {
      for (const i of pColumns) {
        const cell = row.children[i] as HTMLElement | undefined;
        const text = cell?.textContent?.trim() ?? "";
        if (text !== "" && !/^(?:[<>] )?0\.\d+$/.test(text)) result.violations.push(`a P column cell that is not a P value: "${text}"`);
        if (text !== "") judge(cell && cell.classList.contains("p-value") ? cell : null, `${headers[i]} ${text}`);
      }
    }
  }
  for (const mark of main.querySelectorAll<HTMLElement>(".p-value")) {
    const minGroup = Number(mark.dataset.minGroup);
    if (minGroup >= minGroupSize) continue;
    const text = mark.textContent ?? "";
    // Table cells of a withheld column are empty; their row's Test cell says why.
    const rowText = mark.closest("tr")?.textContent ?? text;
    if (!reason.test(rowText)) result.violations.push(`no P value with a group of ${minGroup}, and no reason given: "${rowText.trim().slice(0, 160)}"`);
    else result.withheld.push({minGroup, text: rowText.trim().slice(0, 160)});
  }
  result.controls = [...main.querySelectorAll("form:not(:has(form))")]
    .filter((form) => form.querySelector("input[type=radio]"))
    .map((form) => form.querySelector("label")?.textContent?.trim() ?? "");
  return result;
}

describe("the small-group rule on every page, in every state of its controls", () => {
  it("is 5 patients, as /methods states", () => {
    expect(MIN_GROUP_SIZE).toBe(5);
  });

  it("covers every page", () => {
    expect(sitePages.map((p) => p.path).filter((path) => !NOT_WALKED.has(path) && !CONTROLS[path])).toEqual([]);
  });

  for (const [path, controls] of Object.entries(CONTROLS)) {
    it(`${path}: every P value respects the rule or is replaced by its reason`, async () => {
      const {page, pageErrors} = await site.open(path);
      const violations: string[] = [];
      let shown = 0;
      let withheld = 0;
      let current = controls.map((c) => c.options[0]);
      for (const state of states(controls)) {
        if (path === "/survival" && redundant(state)) continue;
        await show(page, state.flatMap((option, i) => (current[i] === option ? [] : [[controls[i].label, option] as [string, string]])));
        current = state;
        const result = await page.evaluate(audit, 5);
        expect(result.controls.sort()).toEqual(controls.filter((c) => !c.select).map((c) => c.label).sort());
        violations.push(...result.violations.map((v) => `${path} [${state.join(", ")}]: ${v}`));
        shown += result.shown.length;
        withheld += result.withheld.length;
      }
      expect(violations).toEqual([]);
      expect(shown).toBeGreaterThan(0);
      // Pages whose filters reach groups under 5 must have said so somewhere.
      if (["/cohort", "/response", "/survival"].includes(path)) expect(withheld).toBeGreaterThan(0);
      expect(pageErrors).toEqual([]);
      await page.context().close();
    }, 600_000);
  }

  it("holds in a sample of the states only links reach: other groupings, tests and landmarks", async () => {
    const violations: string[] = [];
    let shown = 0;
    let withheld = 0;
    for (const path of SAMPLES) {
      const {page, pageErrors} = await site.open(path);
      await show(page, []);
      const result = await page.evaluate(audit, 5);
      violations.push(...result.violations.map((v) => `${path}: ${v}`), ...pageErrors.map((e) => `${path}: ${e}`));
      shown += result.shown.length;
      withheld += result.withheld.length;
      await page.context().close();
    }
    expect(violations).toEqual([]);
    expect(shown).toBeGreaterThan(0);
    expect(withheld).toBeGreaterThan(0);
  }, 600_000);
});

// Each control changes the curves, the landmark table and the P value to what
// the engine computes for the chosen subgroup.
import type {Page} from "playwright-core";
import {beforeAll, describe, expect, it} from "vitest";
import {compareSurvival, type GroupBy, type SurvivalComparison} from "../../src/lib/analysis/compare-survival.js";
import {effectEstimates} from "../../src/lib/analysis/effect-estimates.js";
import {ENDPOINTS, type EndpointId} from "../../src/lib/analysis/endpoints.js";
import {filterPatients, proceduresOf, type PatientFilters} from "../../src/lib/analysis/filter-patients.js";
import type {PatientRow} from "../../src/lib/analysis/patient-row.js";
import {formatEffectEstimates} from "../../src/lib/format/effect-estimates.js";
import {formatLabelledP, formatPValue} from "../../src/lib/format/p-value.js";
import {baselineTable, baselineTests} from "../../src/lib/analysis/baseline-table.js";
import {responseTests} from "../../src/lib/analysis/response-tests.js";
import {safetyTests} from "../../src/lib/analysis/safety-tests.js";
import {testFamily} from "../../src/lib/analysis/test-family.js";
import {filterStates} from "../../src/lib/analysis/view-family.js";
import {formatAdjustedP, formatFamilyScope} from "../../src/lib/format/test-family.js";
import {compareProportions, formatOddsRatio} from "../../src/lib/analysis/two-by-two.js";
import {compareProcedureOutcome} from "../../src/lib/analysis/procedure-outcome.js";
import {toxicitySummary} from "../../src/lib/analysis/toxicity-summary.js";
import {builtSite} from "./built-site.js";
import {chartControls} from "./chart-controls.js";
import {distJson, distPatients, distProcedures} from "./dist-cohort.js";
import {formControl} from "./form-control.js";
import {settle} from "./page-session.js";
import {ON_PAGE} from "./on-page.js";

const site = builtSite();
let patients: PatientRow[];

beforeAll(() => {
  patients = distPatients();
});

/** Checks the radio `option` of the control labelled `control`, or picks it from the control's select. */
async function choose(page: Page, control: string, option: string): Promise<void> {
  const form = formControl(page, control);
  if (await form.locator("select").count()) await form.locator("select").selectOption({label: option});
  else await form.getByRole("radio", {name: option, exact: true}).check();
  await settle(page);
}

const percent = (x: number | null) => (x === null ? "—" : `${(100 * x).toFixed(0)}%`);

/** What the first survival card shows: its P line, landmark rates, the numbers behind the chart and the effect estimates. */
async function shown(page: Page) {
  const card = page.locator(".card", {has: page.locator(".landmark-table")}).first();
  return {
    p: (await card.locator(".test-result").first().textContent())?.trim(),
    effects: await card.locator(".effect-estimates").textContent(),
    rates: await card.locator(".landmark-table tbody tr").evaluateAll((rows) =>
      rows.map((tr) => [(tr as HTMLElement).dataset.group, ...Array.from(tr.querySelectorAll("td[data-time] .rate, td:not([data-time]):not(.median)")).map((td) => td.textContent)])
    ),
    numbers: await card.locator(`.km-chart-numbers tbody tr${ON_PAGE}`).evaluateAll((rows) => rows.map((tr) => Array.from(tr.children).map((c) => c.textContent)))
  };
}

function expected(comparison: SurvivalComparison) {
  const times = [...new Set(comparison.landmarks.map((r) => r.time))];
  return {
    p: comparison.test ? formatLabelledP(comparison.test.p, comparison.testName) : comparison.note,
    rates: comparison.curves.map((c) => [
      c.group,
      String(c.n),
      ...times.map((t) => {
        const row = comparison.landmarks.find((r) => r.group === c.group && r.time === t);
        return row && row.surv !== null ? percent(row.surv) : "—";
      })
    ]),
    drawn: comparison.curves.filter((c) => c.fit && c.n > 0).map((c) => [c.label, String(c.n)])
  };
}

// Survival from diagnosis or liver metastases defaults to delayed entry, where the page gives no effect estimates.
const DELAYED_EFFECTS = "Hazard ratios and restricted means are given for the naive analysis and for survival from the first embolization, where nobody enters late; with delayed entry they would need the same left-truncated model.";

async function expectPage(page: Page, filters: Partial<PatientFilters>, endpoint: EndpointId, groupBy: GroupBy) {
  const subset = filterPatients(patients, filters);
  const delayedEntry = Boolean(ENDPOINTS[endpoint].entry);
  const want = expected(compareSurvival(subset, {endpoint, groupBy, delayedEntry}));
  await expect.poll(async () => (await shown(page)).p).toBe(want.p);
  const got = await shown(page);
  expect(got.rates).toEqual(want.rates);
  expect(got.numbers.map((row) => row.slice(0, 2))).toEqual(want.drawn);
  expect(got.effects).toBe(delayedEntry ? DELAYED_EFFECTS : formatEffectEstimates(effectEstimates(subset, {endpoint, groupBy}), ENDPOINTS[endpoint].short));
}

describe("/progression", () => {
  it("follows the tumour-type and endpoint controls", async () => {
    const {page, pageErrors} = await site.open("/progression");
    await expectPage(page, {}, "ttp", "arm");
    for (const [option, tumor] of [["Carcinoid", "carcinoid"], ["Noncarcinoid", "noncarcinoid"], ["All", "all"]] as const) {
      await choose(page, "Tumour type", option);
      await expectPage(page, {tumor}, "ttp", "arm");
      expect(page.url()).toContain(tumor === "all" ? "/progression" : `tumor=${tumor}`);
    }
    await choose(page, "Endpoint", "Time to treatment failure");
    await expectPage(page, {}, "tttf", "arm");
    for (const arm of ["chemoembolization", "bland"] as const) {
      const rows = patients.filter((p) => p.arm === arm);
      const card = page.locator(`.card[data-arm=${arm}]`);
      await expect.poll(() => card.locator(".test-result").textContent()).toBe(formatLabelledP(compareSurvival(rows, {endpoint: "tttf", groupBy: "tumor"}).test!.p, "log-rank"));
      await expect.poll(() => card.locator(".effect-estimates").textContent()).toBe(formatEffectEstimates(effectEstimates(rows, {endpoint: "tttf", groupBy: "tumor"}), "TTTF"));
    }
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("restores its filters from the URL", async () => {
    const {page} = await site.open("/progression?tumor=carcinoid&endpoint=tttf");
    await expectPage(page, {tumor: "carcinoid"}, "tttf", "arm");
    await page.context().close();
  });
});

describe("/survival", () => {
  it("follows the origin, comparison and subgroup controls", async () => {
    const {page, pageErrors} = await site.open("/survival");
    await expectPage(page, {}, "os_embolization", "arm");
    await choose(page, "Measured from", "Diagnosis");
    await expectPage(page, {}, "os_diagnosis", "arm");
    await choose(page, "Compare", "Tumour types");
    await expectPage(page, {}, "os_diagnosis", "tumor");
    await choose(page, "Measured from", "Liver metastases");
    await expectPage(page, {}, "os_liver_metastases", "tumor");
    await choose(page, "Hormonal activity", "Active");
    await expectPage(page, {hormonal: "active"}, "os_liver_metastases", "tumor");
    await choose(page, "Extrahepatic disease", "Absent");
    await expectPage(page, {hormonal: "active", extrahepatic: "absent"}, "os_liver_metastases", "tumor");
    await choose(page, "Compare", "Treatment arms");
    await choose(page, "Tumour type", "Carcinoid");
    await expectPage(page, {tumor: "carcinoid", hormonal: "active", extrahepatic: "absent"}, "os_liver_metastases", "arm");
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("says so instead of drawing when a filter leaves a group empty", async () => {
    // Comparing tumour types within carcinoid tumours leaves the noncarcinoid group empty, whatever the data.
    const {page, pageErrors} = await site.open("/survival?tumor=carcinoid&compare=tumor");
    await expectPage(page, {tumor: "carcinoid"}, "os_embolization", "tumor");
    expect(await page.locator(".km-chart-notice").first().textContent()).toBe("No patients in Noncarcinoid under the current filters.");
    expect(await page.locator(".test-result").first().textContent()).toBe("Only Carcinoid has patients under these filters: no comparison.");
    expect(await page.locator(".effect-estimates").first().textContent()).toBe("No noncarcinoid patients under these filters: no effect estimates.");
    expect(await page.locator(".landmark-table tr[data-group=noncarcinoid]").textContent()).not.toMatch(/NaN/);
    expect(await page.locator("text=NaN").count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});

describe("/ (overview)", () => {
  it("updates the headline TTP chart and its effect estimates with the tumour-type control", async () => {
    const {page, pageErrors} = await site.open("/");
    for (const [option, tumor] of [["Carcinoid", "carcinoid"], ["Noncarcinoid", "noncarcinoid"]] as const) {
      await choose(page, "Tumour type", option);
      const comparison = compareSurvival(filterPatients(patients, {tumor}), {endpoint: "ttp", groupBy: "arm"});
      const want = comparison.test ? formatLabelledP(comparison.test.p, "log-rank") : comparison.note;
      await expect.poll(async () => (await page.locator(".card .test-result").first().textContent())?.trim()).toBe(want);
      const effects = formatEffectEstimates(effectEstimates(filterPatients(patients, {tumor}), {endpoint: "ttp", groupBy: "arm"}), "TTP");
      await expect.poll(() => page.locator(".effect-estimates").textContent()).toBe(effects);
    }
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});

describe("/cohort, /safety and /response", () => {
  it("recompute the baseline table for the chosen subgroup", async () => {
    const {page, pageErrors} = await site.open("/cohort");
    for (const [option, filters] of [["Carcinoid", {tumor: "carcinoid"}], ["Active", {tumor: "carcinoid", hormonal: "active"}]] as const) {
      await choose(page, option === "Active" ? "Hormonal activity" : "Tumour type", option);
      const want = baselineTable(filterPatients(patients, filters)).map((r) => [r.chemoembolization, r.bland]);
      await expect.poll(() => page.locator(".stat-table").first().locator("tbody tr").evaluateAll((rows) => rows.map((tr) => [tr.children[2].textContent, tr.children[3].textContent]))).toEqual(want);
    }
    // A P value such as "> 0.99" stays on one line.
    const pCells = await page.locator(".stat-table").first().locator("tbody tr").evaluateAll((rows) => rows.map((tr) => getComputedStyle(tr.children[4]).whiteSpace));
    expect(new Set(pCells)).toEqual(new Set(["nowrap"]));
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("name each baseline test, the exact Freeman–Halton test where chi-square fails Cochran's rule", async () => {
    const {page, pageErrors} = await site.open("/cohort");
    const want = baselineTable(patients).map((r) => r.test);
    expect(want).toContain("Fisher–Freeman–Halton exact");
    await expect.poll(() => page.locator(".stat-table").first().locator("tbody tr").evaluateAll((rows) => rows.map((tr) => tr.children[6].textContent))).toEqual(want);
    // Beside each P, its Benjamini–Hochberg adjustment over every baseline test the filters can show.
    const family = testFamily(filterStates(["tumor", "hormonal", "extrahepatic"]), (filters) => baselineTests(filterPatients(patients, filters)));
    const keys = new Map(baselineTests(patients).map((t) => [t.characteristic, t.key]));
    const adjusted = baselineTable(patients).map((r) => (r.p === null || !r.test ? "" : formatPValue(family.adjusted(keys.get(r.characteristic)!))));
    expect(adjusted.filter(Boolean).length).toBeGreaterThan(10);
    expect(await page.locator(".stat-table").first().locator("tbody tr").evaluateAll((rows) => rows.map((tr) => tr.children[5].textContent))).toEqual(adjusted);
    expect(await page.getByTestId("multiplicity").textContent()).toBe(formatFamilyScope(family));
    expect(family.views).toBe(27);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("recompute the toxicity tables over the chosen patients' procedures", async () => {
    const procedures = distProcedures();
    const {page, pageErrors} = await site.open("/safety");
    await choose(page, "Tumour type", "Noncarcinoid");
    const ids = new Set(filterPatients(patients, {tumor: "noncarcinoid"}).map((p) => p.id));
    const chemo = procedures.filter((r) => ids.has(r.patient_id) && r.modality === "chemoembolization").length;
    await expect.poll(() => page.locator(".toxicity-table caption").first().textContent()).toBe(`Chemoembolization: % of ${chemo} procedures`);
    // The robust row gives each toxicity's interval with patients as clusters.
    const pain = toxicitySummary(procedures.filter((r) => ids.has(r.patient_id))).find((c) => c.modality === "chemoembolization" && c.toxicity === "pain" && c.grade === "any")!;
    const robust = await page.locator(".toxicity-table").first().locator("tbody tr").last().evaluate((tr) => [tr.children[0].textContent, tr.children[1].textContent]);
    expect(robust).toEqual(["Robust 95% CI", `${pain.clusteredLower!.toFixed(0)}–${pain.clusteredUpper!.toFixed(0)}`]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("recompute response at one month for the chosen subgroup", async () => {
    const {page, pageErrors} = await site.open("/response");
    await choose(page, "Tumour type", "Carcinoid");
    const assessed = filterPatients(patients, {tumor: "carcinoid"}).filter((p) => p.response_1mo !== null);
    const regression = compareProportions(assessed, (p) => p.arm, (p) => p.response_1mo === "regression");
    await expect.poll(() => page.locator(".card p").first().textContent()).toContain(
      `Regression: ${regression.chemo.yes} of ${regression.chemo.n}`
    );
    // The nominal P and its Benjamini–Hochberg adjustment over the 9 views of the two filters.
    const family = testFamily(filterStates(["tumor", "hormonal"]), (filters) => Object.values(responseTests(filterPatients(patients, filters)).tests));
    const {tests} = responseTests(filterPatients(patients, {tumor: "carcinoid"}));
    expect(await page.locator(".card p").first().textContent()).toContain(`${formatLabelledP(regression.fisherP, "Fisher's exact")}, ${formatAdjustedP(family, tests.regression.key)}.`);
    expect(family.views).toBe(9);
    expect(await page.getByTestId("multiplicity").textContent()).toBe(formatFamilyScope(family));
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});

describe("/methods", () => {
  it("switches the CI type for the whole site, and the curves follow the engine", async () => {
    const {page, pageErrors} = await site.open("/methods");
    await choose(page, "CI for S(t)", "log-log");
    const comparison = compareSurvival(patients, {endpoint: "ttp", groupBy: "arm", confType: "log-log"});
    const first = comparison.landmarks.find((r) => r.group === "chemoembolization" && r.surv !== null && r.lower !== null)!;
    const ci = `(${percent(first.lower)}–${percent(first.upper)})`;
    await expect.poll(() => page.locator(`.landmark-table tr[data-group=chemoembolization] td[data-time="${first.time}"] small`).textContent()).toBe(ci);
    await page.goto(`${site.origin}/progression`, {waitUntil: "networkidle"});
    await settle(page);
    await expect.poll(() => page.locator(`.landmark-table tr[data-group=chemoembolization] td[data-time="${first.time}"] small`).first().textContent()).toBe(ci);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("labels every interval with the chosen confidence level", async () => {
    const {page, pageErrors} = await site.open("/methods");
    await choose(page, "Confidence level", "90%");
    await page.goto(`${site.origin}/progression`, {waitUntil: "networkidle"});
    await settle(page);
    const figure = page.locator("figure.km-chart").first();
    await expect.poll(() => chartControls(figure).getByLabel("90% confidence bands").count()).toBe(1);
    expect(await figure.locator(".km-chart-numbers thead").textContent()).toContain("Median (90% CI)");
    expect(await page.locator(".landmark-table caption").first().textContent()).toContain("(90% CI)");
    const effects = formatEffectEstimates(effectEstimates(patients, {endpoint: "ttp", groupBy: "arm", confLevel: 0.9}), "TTP");
    expect(effects).toMatch(/^Hazard ratio, .*\(90% CI .*\(90% CI /);
    expect(await page.locator(".effect-estimates").first().textContent()).toBe(effects);
    const interaction = await page.getByTestId("interaction").textContent();
    expect(interaction).toContain("(90% CI ");
    expect(interaction).not.toContain("95% CI");
    // The level holds beyond the survival pages: toxicity rates, odds ratios and mortality follow it.
    await page.goto(`${site.origin}/safety`, {waitUntil: "networkidle"});
    await settle(page);
    const safety = await page.locator("#observablehq-main").innerText();
    expect(safety).toContain("Total (90% CI)");
    expect(safety).toMatch(/OR [\d.]+ \(90% CI [^)]+\) \(Woolf\)/);
    expect(safety).toMatch(/With patients as clusters: OR [\d.]+ \(90% CI [\d.]+–[\d.]+\); P = [\d.]+ \(robust Wald\)/);
    expect(await page.locator("figure svg[aria-label^='Percentage of procedures']").textContent()).toContain("90% Wilson CI");
    expect(safety).not.toContain("95%");
    await page.goto(`${site.origin}/response`, {waitUntil: "networkidle"});
    await settle(page);
    const response = await page.locator("#observablehq-main").innerText();
    expect(response).toMatch(/OR [\d.]+ \(90% CI [^)]+\)/);
    expect(response).not.toContain("95%");
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});

describe("/reproduction", () => {
  it("draws every recomputed number as a tick in the row of its kind, and the status control narrows them", async () => {
    const {rows} = distJson<{rows: {kind: string; status: string; reconstructed: number | null}[]}>("fidelity");
    const {page, pageErrors} = await site.open("/reproduction");
    await expect.poll(() => page.getByRole("heading", {name: "Held-out checks"}).count()).toBe(1);
    const chart = page.locator("svg[aria-label^='Each printed number']");
    // Each row label reads "Kind (n)"; count the ticks drawn level with it.
    const drawnRows = () => chart.evaluate((svg) => {
      const middle = (e: Element) => (e.getBoundingClientRect().top + e.getBoundingClientRect().bottom) / 2;
      const ticks = Array.from(svg.querySelectorAll("g[aria-label='tick'] line"), middle);
      return Array.from(svg.querySelectorAll("g[aria-label='y-axis tick label'] text"), (label) => ({
        label: label.textContent!,
        ticks: ticks.filter((y) => Math.abs(y - middle(label)) < 2).length
      }));
    });
    const kindCounts = (status: string) => {
      const counts = new Map<string, number>();
      for (const r of rows) if (r.reconstructed !== null && (status === "all" || r.status === status)) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
      return [...counts.values()].sort((a, b) => a - b);
    };
    for (const [status, option] of [["all", "All numbers"], ["infeasible", "Certified infeasible"]]) {
      await page.locator("#observablehq-main form select").first().selectOption({label: option});
      await expect.poll(async () => (await drawnRows()).map((r) => r.ticks).sort((a, b) => a - b)).toEqual(kindCounts(status));
      for (const {label, ticks} of await drawnRows()) expect(label).toMatch(new RegExp(`\\(${ticks}\\)$`));
    }
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});

describe("/reproduction readings", () => {
  it("shows each reading of an ambiguous sentence with its value and whether it matches, and counts that agree with the report", async () => {
    const {rows, summary} = distJson<{rows: {label: string; published: string; status: string; readings?: {label: string; text: string | null; inBand: boolean}[]}[]; summary: Record<string, number>}>("fidelity");
    const ambiguous = rows.filter((r) => r.readings);
    expect(ambiguous.length).toBeGreaterThan(0);
    const {page, pageErrors} = await site.open("/reproduction");
    const tables = page.locator("table.readings");
    await expect.poll(() => tables.count()).toBe(ambiguous.length);
    for (const [i, r] of ambiguous.entries()) {
      const shown = await tables.nth(i).locator("tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (c) => c.textContent)));
      expect(shown.map((cells) => cells.slice(0, 3))).toEqual(r.readings!.map((x) => [x.label, x.text ?? "—", x.inBand ? "yes" : "no"]));
      expect(await tables.nth(i).locator("caption").textContent()).toContain(r.label);
    }
    const other = ambiguous.find((r) => r.published === "P > .05")!;
    expect(other.readings!.some((x) => !x.inBand && x.text === "0.02")).toBe(true);
    const main = await page.locator("#observablehq-main").innerText();
    expect(main).toContain("366 reproduced + 2 depending on reading + 8 certified infeasible + 9 method not identified + 3 missed = 388");
    expect([summary.reproduced, summary.ambiguous, summary.infeasible, summary.unidentified, summary.missed, summary.total]).toEqual([366, 2, 8, 9, 3, 388]);
    await page.locator("#observablehq-main form select").first().selectOption({label: "Depends on reading"});
    const listed = page.locator("[aria-label='Printed numbers, recomputed'] tbody tr");
    await expect.poll(() => listed.count()).toBe(summary.ambiguous);
    expect(await listed.first().innerText()).toMatch(/1\. [\d.]+ \((matches|does not match)\); 2\. /);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});

describe("/reproduction certificates", () => {
  it("lists each certified infeasible number with its verified enumeration, and which interval gives each \"±\"", async () => {
    type Row = {id: string; label: string; published: string; status: string; conflictsWith?: string[]; certificate?: {kind: string; checked: number; verified: boolean; summary: string}; halfWidthMethods?: {hits: unknown[]}[]};
    const {rows} = distJson<{rows: Row[]}>("fidelity");
    const {page, pageErrors} = await site.open("/reproduction");
    const certificates = page.locator("table.certificates tbody tr");
    const infeasible = rows.filter((r) => r.status === "infeasible");
    await expect.poll(() => certificates.count()).toBe(8);
    const shown = await certificates.evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (c) => c.textContent)));
    expect(shown).toEqual(infeasible.map((r) => [r.label, r.published, r.certificate!.kind.replaceAll("_", " "), r.conflictsWith!.join(", "), String(r.certificate!.checked), "yes", r.certificate!.summary]));
    expect(shown.map((cells) => cells[0])).not.toContain(expect.stringMatching(/TTP/));
    expect(shown.find((cells) => cells[1] === "65%")?.[6]).toBe("Every count 44 of 67: none prints 65%.");
    const halfWidths = await page.locator("table.half-widths tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (c) => c.textContent)));
    expect(halfWidths).toHaveLength(24);
    expect(halfWidths.filter((cells) => cells[2] === "method not identified").map((cells) => cells[3])).toEqual(Array(9).fill("Method not identified"));
    expect(halfWidths.find((cells) => cells[0] === "Pain (Table 1)")?.slice(1, 3)).toEqual(["± 16", "exact Poisson on the count over procedures, percentage points (126 of 139, 127 of 139, 127 of 140, 128 of 140)"]);
    const ledger = await page.locator("#observablehq-main").innerText();
    expect(ledger).not.toContain("progressions tied at exactly 6 months");
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});

describe("/safety", () => {
  it("gives infections per procedure, with patients as clusters, and per patient", async () => {
    const {byProcedure, byPatient} = compareProcedureOutcome(patients, distProcedures(), (r) => r.grade_infection >= 1);
    const family = testFamily(filterStates(["tumor"]), (filters) => {
      const rows = filterPatients(patients, filters);
      return Object.values(safetyTests(rows, proceduresOf(distProcedures(), rows)).tests);
    });
    const {tests} = safetyTests(patients, distProcedures());
    const {page, pageErrors} = await site.open("/safety");
    const card = await page.locator(".card", {has: page.getByRole("heading", {name: "Infection"})}).innerText();
    expect(card).toContain(`${formatLabelledP(byProcedure.fisherP, "Fisher's exact")}, ${formatAdjustedP(family, tests.infectionByProcedure.key)}, which treats procedures as independent`);
    expect(card).toContain(`With patients as clusters: ${formatOddsRatio(byProcedure.clustered)}; ${formatLabelledP(byProcedure.clustered!.p, "robust Wald")}, ${formatAdjustedP(family, tests.infectionClustered.key)}.`);
    expect(card).toContain(`Per patient (a patient counts once, after any procedure): ${byPatient.chemo.yes} of ${byPatient.chemo.n} chemoembolization patients and ${byPatient.bland.yes} of ${byPatient.bland.n} bland; ${formatOddsRatio(byPatient.exact)} (exact); ${formatLabelledP(byPatient.fisherP, "Fisher's exact")}, ${formatAdjustedP(family, tests.infectionByPatient.key)}.`);
    expect(formatAdjustedP(family, tests.infectionByPatient.key)).toMatch(/^adjusted P = 0\.\d+$/);
    expect(await page.getByTestId("multiplicity").textContent()).toBe(formatFamilyScope(family));
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("centres each length-of-stay bar on its number of days, one stacked bar per (days, modality)", async () => {
    const procedures = distProcedures();
    const {page, pageErrors} = await site.open("/safety");
    const chart = page.locator("svg[aria-label='Distribution of length of stay by modality']");
    const drawn = await chart.evaluate((svg) => {
      const centre = (e: Element) => (e.getBoundingClientRect().left + e.getBoundingClientRect().right) / 2;
      const ticks = Array.from(svg.querySelectorAll("g[aria-label='x-axis tick label'] text"), (t) => ({days: Number(t.textContent), x: centre(t)}));
      return {
        ticks: ticks.map((t) => t.days),
        bars: Array.from(svg.querySelectorAll("g[aria-label='bar'] rect"), (bar) => {
          const x = centre(bar);
          return ticks.reduce((best, t) => (Math.abs(t.x - x) < Math.abs(best.x - x) ? t : best)).days + (Math.min(...ticks.map((t) => Math.abs(t.x - x))) < 1 ? "" : " (off centre)");
        })
      };
    });
    const days = procedures.map((r) => r.length_of_stay_days);
    expect(drawn.ticks).toEqual(Array.from({length: Math.max(...days) - Math.min(...days) + 1}, (_, i) => Math.min(...days) + i));
    const stacks = [...new Set(procedures.map((r) => `${r.length_of_stay_days} ${r.modality}`))].map((key) => key.split(" ")[0]).sort();
    expect(drawn.bars.map(String).sort()).toEqual(stacks);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});

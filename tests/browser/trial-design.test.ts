// /trial-design: the inputs drive the numbers the design module computes for
// the cohort the site serves, every input lives in the URL, and the
// simulation runs in its module worker under the page's policy.
import type {Page} from "playwright-core";
import {beforeAll, describe, expect, it} from "vitest";
import {effectEstimates} from "../../src/lib/analysis/effect-estimates.js";
import {endpointData, type EndpointId} from "../../src/lib/analysis/endpoints.js";
import type {PatientRow} from "../../src/lib/analysis/patient-row.js";
import {kaplanMeier} from "../../src/lib/survival/index.js";
import {dropoutHazard, piecewiseFromKaplanMeier, powerAtEvents, rmstDesign, trialDesign, type AccrualPlan} from "../../src/lib/design/index.js";
import {patientsByArm} from "../../src/lib/format/trial-design.js";
import {builtSite} from "./built-site.js";
import {distPatients} from "./dist-cohort.js";
import {settle} from "./page-session.js";

const site = builtSite();
let patients: PatientRow[];

beforeAll(() => {
  patients = distPatients();
});

function armModel(endpoint: EndpointId, arm: string) {
  const {rows, time, event} = endpointData(patients, endpoint);
  const keep = rows.map((p) => p.arm === arm);
  return piecewiseFromKaplanMeier(kaplanMeier({time: time.filter((_, i) => keep[i]), event: event.filter((_, i) => keep[i])}));
}

interface Settings {
  endpoint: EndpointId;
  hr: number;
  alpha: number;
  sided: 1 | 2;
  power: number;
  ratio: number;
  accrual: number;
  dropout: number;
  plan: {solve: "patients"; followUp: number} | {solve: "duration"; rate: number};
}

function expectedTable(s: Settings): string[][] {
  const plan = {ratio: s.ratio, eta: dropoutHazard(s.dropout), accrualPeriod: s.accrual, ...s.plan} as AccrualPlan;
  const design = trialDesign({control: armModel(s.endpoint, "bland"), hr: s.hr, alpha: s.alpha, sided: s.sided, power: s.power, plan});
  return design.designs.map((d) => {
    const [total, t, c] = patientsByArm(d.patients, s.ratio);
    return [d.formula === "schoenfeld" ? "Schoenfeld" : "Freedman", String(Math.ceil(d.events - 1e-9)), `${total} (${t} / ${c})`, d.rate.toFixed(1), d.followUp.toFixed(1), d.duration.toFixed(1)];
  });
}

const table = (page: Page) => page.locator("[data-testid=design-table] tbody tr").evaluateAll((rows) => rows.map((tr) => Array.from(tr.children).map((c) => c.textContent!.trim())));

async function setNumber(page: Page, label: string, value: number): Promise<void> {
  const input = page.getByRole("spinbutton", {name: label, exact: true});
  await input.fill(String(value));
  await input.dispatchEvent("input");
  await settle(page);
}

describe("/trial-design", () => {
  it("prefills the hazard ratio from the cohort's Cox estimate and shows both formulas' designs", async () => {
    const {page, pageErrors, consoleErrors} = await site.open("/trial-design");
    const cox = effectEstimates(patients, {endpoint: "ttp", groupBy: "arm"}).hazardRatio!;
    const hr = Math.round(cox.estimate * 100) / 100;
    expect(await page.getByRole("spinbutton", {name: "Target hazard ratio", exact: true}).inputValue()).toBe(String(hr));
    expect(await page.locator("[data-testid=observed-hr]").textContent()).toBe(`${cox.estimate.toFixed(2)} (95% CI ${cox.lower.toFixed(2)}–${cox.upper.toFixed(2)})`);
    expect(await table(page)).toEqual(expectedTable({endpoint: "ttp", hr, alpha: 0.05, sided: 2, power: 0.8, ratio: 1, accrual: 36, dropout: 0.05, plan: {solve: "patients", followUp: 24}}));
    // The cohort's interval for TTP, 0.28–1.25, reaches past no effect.
    expect(cox.upper).toBeGreaterThan(1);
    expect(await page.locator("[data-testid=power-caption]").textContent()).toContain("The interval reaches above 1, no difference");
    expect(await page.locator("[data-testid=power] svg [aria-label=line] path").count()).toBe(2);
    expect(await page.locator("[data-testid=curves] svg").count()).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it("warns that TTP's hazards are not proportional and sizes the RMST design at the chosen tau", async () => {
    const {page} = await site.open("/trial-design?tau=18");
    const cox = effectEstimates(patients, {endpoint: "ttp", groupBy: "arm"}).hazardRatio!;
    expect(cox.proportionalHazards.p).toBeLessThan(0.05);
    expect(await page.locator("[data-testid=ph-warning]").textContent()).toContain("The hazards in this cohort are not proportional");
    const hr = Math.round(cox.estimate * 100) / 100;
    const design = trialDesign({control: armModel("ttp", "bland"), hr, alpha: 0.05, sided: 2, power: 0.8, plan: {ratio: 1, eta: dropoutHazard(0.05), accrualPeriod: 36, solve: "patients", followUp: 24}});
    const rmst = rmstDesign({control: armModel("ttp", "bland"), treatment: armModel("ttp", "chemoembolization"), tau: 18, alpha: 0.05, sided: 2, power: 0.8, ratio: 1, eta: dropoutHazard(0.05), accrualPeriod: 36, followUp: design.designs[0].followUp});
    expect(await page.locator("[data-testid=rmst-patients]").textContent()).toBe(`${patientsByArm(rmst.patients, 1)[0]} patients`);
    expect(await page.locator("[data-testid=rmst-design]").textContent()).toContain(`a difference of ${rmst.difference.toFixed(1)} months`);
    // Overall survival shows no such evidence and offers no RMST design.
    await page.getByRole("radio", {name: "Survival from first embolization", exact: true}).check();
    await settle(page);
    expect(await page.locator("[data-testid=ph-ok]").count()).toBe(1);
    expect(await page.locator("[data-testid=rmst-design]").count()).toBe(0);
  });

  it("recomputes on every input, writes each to the URL and restores them from it", async () => {
    const {page} = await site.open("/trial-design");
    await page.getByRole("radio", {name: "Survival from first embolization", exact: true}).check();
    await settle(page);
    await setNumber(page, "Target hazard ratio", 0.7);
    await setNumber(page, "α", 0.025);
    await page.getByRole("radio", {name: "One-sided", exact: true}).check();
    await settle(page);
    await setNumber(page, "Power", 0.9);
    await setNumber(page, "Allocation, chemoembolization per bland", 2);
    await setNumber(page, "Accrual period, months", 30);
    await setNumber(page, "Dropout, share lost a year", 0.1);
    await page.getByRole("radio", {name: "Study length, given accrual period and rate", exact: true}).check();
    await settle(page);
    await setNumber(page, "Accrual rate, patients a month", 30);
    const settings: Settings = {endpoint: "os_embolization", hr: 0.7, alpha: 0.025, sided: 1, power: 0.9, ratio: 2, accrual: 30, dropout: 0.1, plan: {solve: "duration", rate: 30}};
    const shown = await table(page);
    expect(shown).toEqual(expectedTable(settings));
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({endpoint: "os_embolization", hr: "0.7", alpha: "0.025", sided: "1", power: "0.9", ratio: "2", accrual: "30", dropout: "0.1", solve: "duration", rate: "30"});
    const restored = await site.open(url.pathname + url.search);
    expect(await table(restored.page)).toEqual(shown);
    expect(await restored.page.getByRole("radio", {name: "One-sided", exact: true}).isChecked()).toBe(true);
    expect(await restored.page.getByRole("spinbutton", {name: "Accrual rate, patients a month", exact: true}).inputValue()).toBe("30");
    // The protocol paragraph and the CSV say the same numbers.
    const [schoenfeld] = shown;
    const protocol = await restored.page.locator("[data-testid=protocol]").textContent();
    expect(protocol).toContain(`Schoenfeld's formula requires ${schoenfeld[1]} events`);
    expect(protocol).toContain(`${schoenfeld[2].split(" ")[0]} patients`);
    const [download] = await Promise.all([restored.page.waitForEvent("download"), restored.page.getByRole("button", {name: "CSV", exact: true}).click()]);
    const csv = await (await import("node:fs/promises")).readFile((await download.path())!, "utf8");
    const lines = csv.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"Schoenfeld events, log-rank test",${schoenfeld[1]},${schoenfeld[2].split(" ")[0]},`);
  });

  it("says when the accrual cannot reach the events", async () => {
    const {page} = await site.open("/trial-design?solve=duration&rate=0.5&accrual=6");
    expect(await page.locator("[data-testid=design-error]").textContent()).toMatch(/^0\.5 patients a month for 6 months \(3 patients\) are expected to give \d+ events even after 100 years, fewer than the \d+ required: enrol more patients$/);
  });

  it("runs the seeded simulation in a module worker, with progress, beside the formula's power", async () => {
    const {page, pageErrors, consoleErrors} = await site.open("/trial-design?endpoint=os_embolization&hr=0.6&trials=500&seed=7");
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    await page.getByTestId("simulate").click();
    await page.locator("[data-testid=empirical-power]").waitFor({timeout: 60_000});
    expect(workers).toHaveLength(1);
    expect(workers[0]).toMatch(/\/_import\/workers\/trial-simulation\.[0-9a-f]+\.js$/);
    expect(await page.locator("[data-testid=simulation] progress").evaluate((p) => (p as HTMLProgressElement).value)).toBe(500);
    const control = armModel("os_embolization", "bland");
    const design = trialDesign({control, hr: 0.6, alpha: 0.05, sided: 2, power: 0.8, plan: {ratio: 1, eta: dropoutHazard(0.05), accrualPeriod: 36, solve: "patients", followUp: 24}});
    const events = design.designs[0].events;
    const [, t, c] = patientsByArm(design.designs[0].rate * 36, 1);
    const {simulateTrials} = await import("../../src/lib/design/index.js");
    const inNode = simulateTrials({arms: {control, treatment: design.treatment}, patients: {treatment: t, control: c}, accrualPeriod: 36, eta: dropoutHazard(0.05), events, alpha: 0.05, sided: 2, direction: 1}, {trials: 500, seed: 7});
    expect(await page.locator("[data-testid=empirical-power]").textContent()).toBe(`${(100 * inNode.power).toFixed(1)}%`);
    expect(await page.locator("[data-testid=formula-power]").textContent()).toBe(`${(100 * powerAtEvents("schoenfeld", 0.6, Math.ceil(events), {alpha: 0.05, sided: 2})).toFixed(1)}%`);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

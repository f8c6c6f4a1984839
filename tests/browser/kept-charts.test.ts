// /progression shows again the charts of a view seen before, kept laid out
// but set aside meanwhile, instead of drawing them again (kept-chart-slot.ts).
// Switching filters back and forth must still show each view's own curves and
// numbers, and a chart shown again must follow the chart settings like one
// drawn fresh.
import type {Page} from "playwright-core";
import {beforeAll, describe, expect, it} from "vitest";
import {compareSurvival, type SurvivalComparison} from "../../src/lib/analysis/compare-survival.js";
import {filterPatients, type PatientFilters} from "../../src/lib/analysis/filter-patients.js";
import type {PatientRow} from "../../src/lib/analysis/patient-row.js";
import {formatLabelledP} from "../../src/lib/format/p-value.js";
import {builtSite} from "./built-site.js";
import {distPatients} from "./dist-cohort.js";
import {formControl} from "./form-control.js";
import {drawEveryChart, PHONE, settle} from "./page-session.js";
import {ON_PAGE} from "./on-page.js";
import {SET_ASIDE, SUPERSEDED} from "../../src/components/set-aside.js";

const site = builtSite();
let patients: PatientRow[];

beforeAll(() => {
  patients = distPatients();
});

const months = (x: number | null) => (x === null ? "NR" : x.toFixed(1));

/** Per card (the first, then each arm's): its P line, and its chart's curves drawn and numbers (group, n, median with CI). */
async function shownCards(page: Page) {
  await drawEveryChart(page);
  return page.evaluate(`[".card:has(.landmark-table)", ".card[data-arm=chemoembolization]", ".card[data-arm=bland]"].map((selector) => {
    const card = document.querySelector(selector);
    const chart = card.querySelector(${JSON.stringify(`figure.km-chart${ON_PAGE}`)});
    return {
      p: card.querySelector(".test-result").textContent.trim(),
      lines: chart.querySelectorAll(":scope > svg [aria-label=line] path").length,
      numbers: Array.from(chart.querySelectorAll(".km-chart-numbers tbody tr"), (tr) => Array.from(tr.children).slice(0, 3).map((c) => c.textContent))
    };
  })`) as Promise<{p: string; lines: number; numbers: string[][]}[]>;
}

function expectedCard(comparison: SurvivalComparison) {
  const drawn = comparison.curves.filter((c) => c.fit && c.n > 0);
  return {
    p: comparison.test ? formatLabelledP(comparison.test.p, comparison.testName) : comparison.note!,
    lines: drawn.length,
    numbers: drawn.map((c) => [c.label, String(c.n), `${months(c.fit!.median.estimate)} (${months(c.fit!.median.lower)}–${months(c.fit!.median.upper)})`])
  };
}

function expectedCards(filters: Partial<PatientFilters>) {
  const subset = filterPatients(patients, filters);
  return [
    expectedCard(compareSurvival(subset, {endpoint: "ttp", groupBy: "arm"})),
    ...(["chemoembolization", "bland"] as const).map((arm) => expectedCard(compareSurvival(subset.filter((p) => p.arm === arm), {endpoint: "ttp", groupBy: "tumor"})))
  ];
}

async function chooseTumour(page: Page, option: string): Promise<void> {
  await formControl(page, "Tumour type").getByRole("radio", {name: option, exact: true}).check();
  await settle(page);
}

/** A chart's y scale, as its y-axis label names it. */
const SCALE_DRAWN = `(chart) => { const label = chart.querySelector("[aria-label='y-axis label']").textContent; return label.includes("Nelson–Aalen") ? "cumhaz" : label.includes("1 − S(t)") ? "incidence" : "survival"; }`;

/** Each chart's y scale as drawn, and whether its note names the cumulative hazard. */
async function scales(page: Page) {
  await drawEveryChart(page);
  return page.evaluate(`Array.from(document.querySelectorAll(${JSON.stringify(`figure.km-chart${ON_PAGE}`)}), (chart) => [(${SCALE_DRAWN})(chart), chart.querySelector(".km-conventions").textContent.includes("Nelson–Aalen")])`) as Promise<[string, boolean][]>;
}

async function chooseScale(page: Page, label: string): Promise<void> {
  await page.locator(".km-chart-controls").first().getByLabel("Y axis").selectOption({label});
  await settle(page);
}

describe("/progression's charts put back for a view seen before", () => {
  it("show that view's curves, numbers and P values, switching A → B → A and on", async () => {
    const {page, pageErrors} = await site.open("/progression");
    const tumours = [["All", "all"], ["Carcinoid", "carcinoid"], ["All", "all"], ["Noncarcinoid", "noncarcinoid"], ["Carcinoid", "carcinoid"], ["Noncarcinoid", "noncarcinoid"], ["All", "all"]] as const;
    for (const [k, [option, tumor]] of tumours.entries()) {
      if (k > 0) await chooseTumour(page, option);
      const want = expectedCards({tumor});
      await expect.poll(async () => (await shownCards(page)).map((c) => c.p)).toEqual(want.map((c) => c.p));
      expect(await shownCards(page)).toEqual(want);
    }
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("stay in their slot while another view's are shown, out of sight and out of the flow, and are the same nodes when shown again", async () => {
    const {page, pageErrors} = await site.open("/progression");
    const charts = await page.evaluate(`Array.from(document.querySelectorAll(".chart-slot"), (slot) => { const chart = slot.querySelector(".km-chart"); if (chart) chart.dataset.view = "all"; return Boolean(chart); })`) as boolean[];
    expect(charts.filter(Boolean)).toHaveLength(3);
    // Off screen a slot is not laid out: until it first is, it holds about its charts' height.
    expect(await page.evaluate(`Array.from(document.querySelectorAll(".chart-slot"), (slot) => [getComputedStyle(slot).contentVisibility, getComputedStyle(slot).containIntrinsicSize])`)).toEqual([
      ["auto", "auto 650px"],
      ["auto", "auto 220px"],
      ["auto", "auto 600px"],
      ["auto", "auto 600px"]
    ]);
    await chooseTumour(page, "Carcinoid");
    await expect.poll(async () => (await shownCards(page)).map((c) => c.p)).toEqual(expectedCards({tumor: "carcinoid"}).map((c) => c.p));
    // A slot off screen is not rendered (content-visibility: auto) and keeps the height it last had on screen: each is measured in view.
    const slots = () =>
      page.evaluate(`(async () => { const found = []; for (const slot of Array.from(document.querySelectorAll(".chart-slot")).filter((slot) => slot.querySelector(".km-chart"))) {
        slot.scrollIntoView();
        for (let frame = 0; frame < 2; ++frame) await new Promise(requestAnimationFrame);
        const shown = Array.from(slot.children).filter((box) => box.getAttribute("aria-hidden") !== "true");
        const all = slot.querySelector("[data-view=all]");
        found.push({
          shown: shown.length,
          shownView: shown[0].querySelector(".km-chart").dataset.view ?? "new",
          slotHeight: Math.round(slot.getBoundingClientRect().height) === Math.round(shown[0].getBoundingClientRect().height),
          all: all && {setAside: all.closest(".kept-chart").getAttribute("aria-hidden"), visible: all.checkVisibility(), height: all.closest(".kept-chart").getBoundingClientRect().height}
        });
      } return found; })()`) as Promise<{shown: number; shownView: string; slotHeight: boolean; all: {setAside: string; visible: boolean; height: number} | null}[]>;
    expect(await slots()).toEqual(Array(3).fill({shown: 1, shownView: "new", slotHeight: true, all: {setAside: "true", visible: false, height: 0}}));
    await chooseTumour(page, "All");
    await expect.poll(async () => (await slots()).map((s) => s.shownView)).toEqual(["all", "all", "all"]);
    expect(await shownCards(page)).toEqual(expectedCards({tumor: "all"}));
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("follow y-scale changes made while they were set aside, and every change after", async () => {
    const {page, pageErrors} = await site.open("/progression");
    await chooseTumour(page, "Carcinoid");
    await chooseScale(page, "Cumulative hazard");
    expect(await scales(page)).toEqual(Array(3).fill(["cumhaz", true]));
    // A chart set aside is not drawn again for a change it does not show: it keeps its scale until it is shown.
    expect(await page.evaluate(`Array.from(document.querySelectorAll(${JSON.stringify(`${SET_ASIDE} .km-chart`)}), ${SCALE_DRAWN})`)).toEqual(Array(3).fill("survival"));
    await chooseScale(page, "S(t)");
    expect(await scales(page)).toEqual(Array(3).fill(["survival", false]));
    // All's charts were drawn under S(t), the scale again now, but missed two changes while set aside: they must still follow the next.
    await chooseTumour(page, "All");
    expect(await scales(page)).toEqual(Array(3).fill(["survival", false]));
    await chooseScale(page, "1 − S(t)");
    expect(await scales(page)).toEqual(Array(3).fill(["incidence", false]));
    // And a chart put back under another scale than it was drawn with is drawn again under the address's.
    await chooseTumour(page, "Carcinoid");
    expect(await scales(page)).toEqual(Array(3).fill(["incidence", false]));
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("hold no form fields: each chart's card shows one set of settings, and every set and chart follows a change made in another, kept over a reload", async () => {
    const {page, pageErrors} = await site.open("/progression");
    await chooseTumour(page, "Carcinoid");
    await drawEveryChart(page);
    expect(await page.locator(".chart-slot .km-chart").count()).toBe(6);
    expect(await page.locator(".chart-slot input, .chart-slot select, .chart-slot textarea").count()).toBe(0);
    const sets = [".card:has(.landmark-table)", ".card[data-arm=chemoembolization]", ".card[data-arm=bland]"].map((card) => page.locator(`${card} .km-chart-controls`));
    for (const set of sets) expect(await set.count()).toBe(1);
    // Each card's set says it is the page's, not the card's.
    for (const set of sets) expect(await set.innerText()).toMatch(/^For every chart on this page:/);
    // Under the carcinoid filter each arm's chart holds one tumour type: nothing to pool there.
    expect(await Promise.all(sets.map((set) => set.getByLabel("Pooled curve").isVisible()))).toEqual([true, false, false]);
    const bands = page.locator(`figure.km-chart${ON_PAGE} g.km-ci`);
    expect(await bands.count()).toBe(3);
    await sets[2].getByLabel("95% confidence bands").uncheck();
    for (const round of ["after the change", "after a reload"]) {
      expect(new URL(page.url()).searchParams.get("bands"), round).toBe("0");
      for (const set of sets) expect(await set.getByLabel("95% confidence bands").isChecked(), round).toBe(false);
      expect(await bands.evaluateAll((gs) => gs.map((g) => getComputedStyle(g).display)), round).toEqual(Array(3).fill("none"));
      await page.reload({waitUntil: "networkidle"});
      await settle(page);
    }
    await sets[0].getByLabel("Time in").selectOption("years");
    await settle(page);
    for (const set of sets) expect(await set.getByLabel("Time in").inputValue()).toBe("years");
    expect(await page.locator(`figure.km-chart${ON_PAGE} [aria-label='x-axis label']`).allTextContents()).toEqual(Array(3).fill(expect.stringMatching(/Years/)));
    await sets[1].getByLabel("95% confidence bands").check();
    expect(new URL(page.url()).searchParams.has("bands")).toBe(false);
    expect(await bands.evaluateAll((gs) => gs.map((g) => getComputedStyle(g).display))).toEqual(Array(3).fill("inline"));
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("are drawn for a change only within half a viewport of it; one further away keeps its place unseen until the reader comes near, then shows the new view", async () => {
    const {page, pageErrors} = await site.open("/progression");
    const height = page.viewportSize()!.height;
    /** Per slot: how far outside the viewport it is, its height, and its boxes as [superseded, chart seen, aria-hidden]. */
    const slots = () =>
      page.evaluate(`Array.from(document.querySelectorAll(".chart-slot"), (slot) => {
        const {top, bottom, height} = slot.getBoundingClientRect();
        return {
          away: Math.max(0, top - innerHeight, -bottom),
          height: Math.round(height),
          boxes: Array.from(slot.children, (box) => [box.classList.contains(${JSON.stringify(SUPERSEDED)}), box.firstElementChild.checkVisibility({visibilityProperty: true}), box.getAttribute("aria-hidden")])
        };
      })`) as Promise<{away: number; height: number; boxes: [boolean, boolean, string | null][]}[]>;
    const before = await slots();
    await chooseTumour(page, "Carcinoid");
    const after = await slots();
    const far = after.map((slot) => slot.away > height / 2);
    // At the top of a desktop page the first chart is near and the arms' charts far below.
    expect(far[0]).toBe(false);
    expect(far.slice(2)).toEqual([true, true]);
    for (const [i, slot] of after.entries()) {
      if (far[i]) {
        // The last view's chart holds the slot's place, so nothing below moves, but is neither seen nor exposed.
        expect(slot.boxes).toEqual([[true, false, "true"]]);
        expect(slot.height).toBe(before[i].height);
      } else {
        expect(slot.boxes.filter(([superseded]) => superseded)).toEqual([]);
      }
    }
    // The first card already shows the carcinoid view; each arm's shows it once scrolled to.
    const want = expectedCards({tumor: "carcinoid"});
    for (const arm of ["chemoembolization", "bland"]) {
      await page.locator(`.card[data-arm=${arm}] .chart-slot`).scrollIntoViewIfNeeded();
      await expect.poll(async () => (await slots())[arm === "bland" ? 3 : 2].boxes).toEqual([[false, false, "true"], [false, true, null]]);
    }
    expect(await shownCards(page)).toEqual(want);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("far from the viewport are drawn before the page is printed", async () => {
    const {page, pageErrors} = await site.open("/progression");
    await chooseTumour(page, "Noncarcinoid");
    const waiting = `.chart-slot .${SUPERSEDED}`;
    expect(await page.locator(waiting).count()).toBeGreaterThan(0);
    const pdf = await page.pdf();
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(await page.locator(waiting).count()).toBe(0);
    // Nothing was waiting any more, so this draws nothing: it reads the charts the page was printed with.
    expect(await shownCards(page)).toEqual(expectedCards({tumor: "noncarcinoid"}));
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("move nothing in view on a phone when a reader jumps to the bottom after a change, then scrolls up past them", async () => {
    const {page, pageErrors} = await site.open("/progression", {viewport: PHONE});
    await chooseTumour(page, "Noncarcinoid");
    await page.evaluate(`(async () => { scrollTo(0, document.body.scrollHeight); for (let frame = 0; frame < 5; ++frame) await new Promise(requestAnimationFrame); })()`);
    // The chemoembolization chart, far above, is still the last view's: it is drawn as the reader scrolls up to it.
    expect(await page.locator(`.card[data-arm=chemoembolization] .${SUPERSEDED}`).count()).toBe(1);
    await page.evaluate(`(() => { window.shifts = []; new PerformanceObserver((list) => { for (const shift of list.getEntries()) window.shifts.push(shift.value); }).observe({type: "layout-shift"}); })()`);
    const bland = page.locator(".card[data-arm=bland] h2");
    await page.mouse.move(200, 400);
    for (let step = 0; step < 20; ++step) {
      const [y, top] = await page.evaluate(`[scrollY, document.querySelector(".card[data-arm=bland] h2").getBoundingClientRect().top]`) as [number, number];
      await page.mouse.wheel(0, -100);
      await expect.poll(() => page.evaluate("scrollY")).not.toBe(y);
      await page.evaluate(`new Promise(requestAnimationFrame)`);
      const moved = (await page.evaluate(`document.querySelector(".card[data-arm=bland] h2").getBoundingClientRect().top`)) as number;
      // What is in view moves down by the wheel's 100 px, whatever is drawn above it (the page scrolls further to keep it so).
      expect(Math.round(moved - top), `step ${step}`).toBe(100);
    }
    expect(await page.locator(`.card[data-arm=chemoembolization] .${SUPERSEDED}`).count()).toBe(0);
    expect(await bland.isVisible()).toBe(true);
    expect(await page.evaluate(`window.shifts`)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("of the arms stay as they were on a Compare change, which they do not show: the same nodes, not drawn again", async () => {
    const {page, pageErrors} = await site.open("/progression", {viewport: {width: 1280, height: 4000}});
    const marked = () =>
      page.evaluate(`[".card:has(.landmark-table)", ".card[data-arm=chemoembolization]", ".card[data-arm=bland]"].map((card) => document.querySelector(card).querySelector(${JSON.stringify(`figure.km-chart${ON_PAGE}`)}).dataset.mark ?? null)`) as Promise<(string | null)[]>;
    await page.evaluate(`document.querySelectorAll(${JSON.stringify(`figure.km-chart${ON_PAGE}`)}).forEach((chart, i) => (chart.dataset.mark = String(i)))`);
    expect(await marked()).toEqual(["0", "1", "2"]);
    await formControl(page, "Compare").locator("select").selectOption({label: "Hormonal activity"});
    await settle(page);
    await expect.poll(async () => (await shownCards(page))[0].numbers.map((row) => row[0])).toEqual(["Hormonally active", "Hormonally inactive"]);
    expect(await marked()).toEqual([null, "1", "2"]);
    expect((await shownCards(page)).slice(1)).toEqual(expectedCards({}).slice(1));
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});


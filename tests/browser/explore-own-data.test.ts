// A reader's own CSV on /explore, loaded through the file input: the numbers
// equal R's on lung, each bad file gets its message word for word, file
// contents are never read as HTML, and nothing is requested after the page
// has loaded, nor any data written into the address.
import {readFileSync} from "node:fs";
import {csvParse} from "d3";
import type {Locator, Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {formatRatioInterval} from "../../src/lib/format/interval.js";
import {formatLabelledP, formatPValue} from "../../src/lib/format/p-value.js";
import {kaplanMeierByGroup, logRank, riskTable} from "../../src/lib/survival/index.js";
import {builtSite} from "./built-site.js";
import type {PageSession} from "./page-session.js";

const site = builtSite(process.env.EXPLORE_DIST ?? "dist");
const lung = readFileSync("tests/fixtures/cli/lung.csv");
const R = JSON.parse(readFileSync("tests/fixtures/cli/lung-reference.json", "utf8"));

/** A page session that also records every request made once the page's worker is ready. */
interface Session extends PageSession {
  requests: string[];
}

/** Opens `path`, waits for the worker and from then on records the page's requests: a file read and analysed must add none. */
async function open(path: string): Promise<Session> {
  const session = await site.open(path);
  await ready(session.page);
  const requests: string[] = [];
  session.page.on("request", (request) => requests.push(request.url()));
  return {...session, requests};
}

/** How every test ends: no request after load, none to another origin, no console error (the worker runs under the page's Content-Security-Policy, and a violation is logged) and no page error; then the page is closed. */
async function finish({page, requests, foreignRequests, consoleErrors, pageErrors}: Session): Promise<void> {
  expect(requests).toEqual([]);
  expect(foreignRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect(pageErrors).toEqual([]);
  await page.context().close();
}

async function load(page: Page, name: string, buffer: Buffer): Promise<void> {
  await ready(page);
  await page.getByTestId("csv-input").setInputFiles({name, mimeType: "text/csv", buffer});
}

/** Waits until the page's worker has loaded its code and the file input is enabled. */
async function ready(page: Page): Promise<void> {
  await page.waitForSelector("[data-testid=csv-input]:not([disabled])");
}

/** Waits for the models that follow the curves, and the table rows of `selector` within them. */
async function detailRows(page: Page, selector: string): Promise<string[][]> {
  await page.waitForSelector("[data-testid=csv-details]:not([aria-busy])");
  return page.locator(`[data-testid=csv-details] ${selector} tbody tr`).evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => c.textContent ?? "")));
}

/** Clicks a download button of `scope` and returns the saved file's text. */
async function downloadFrom(scope: Locator, label: string): Promise<string> {
  const [download] = await Promise.all([scope.page().waitForEvent("download"), scope.getByRole("button", {name: label, exact: true}).click()]);
  return readFileSync((await download.path())!, "utf8");
}

/** Waits for the status line to settle on something other than progress, and returns it. */
async function status(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const text = document.querySelector("[data-testid=csv-status]")?.textContent ?? "";
    return text !== "" && !text.endsWith("…");
  });
  return page.getByTestId("csv-status").innerText();
}

describe("/explore with a reader's own CSV", () => {
  it("equals R on lung, through every analysis, with no request after load and only column names in the address", async () => {
    const session = await open("/explore");
    const {page} = session;
    expect(await page.getByTestId("privacy").innerText()).toMatch(/never leaves this machine/);
    await load(page, "lung.csv", lung);
    expect(await status(page)).toBe("228 rows analysed.");
    expect(await page.getByTestId("csv-test").innerText()).toBe("No group column chosen: one curve, nothing to compare.");
    await page.locator('[data-testid=csv-mapping] select[data-role="group"]').selectOption("sex");
    await page.waitForFunction((p) => document.querySelector("[data-testid=csv-test]")?.textContent === p, formatLabelledP(R.logrank.p, "log-rank, 1 df"));
    // The test line reads as the cohort's does: bold, in the text colour rather than a card heading's muted grey.
    const line = await page.getByTestId("csv-test").evaluate((el) => ({weight: Number(getComputedStyle(el).fontWeight), color: getComputedStyle(el).color, body: getComputedStyle(document.body).color}));
    expect(line.weight).toBeGreaterThanOrEqual(700);
    expect(line.color).toBe(line.body);
    const medians = await page.locator("[data-testid=csv-result] .km-chart").count();
    expect(medians).toBe(1);
    await page.locator('[data-testid=csv-mapping] select[data-role="covariates"]').selectOption(["age", "ph_ecog"]);
    await page.waitForFunction(() => document.querySelector("[data-testid=csv-status]")?.textContent?.startsWith("227 rows analysed, 1 left out"));
    const rows = await detailRows(page, "table.csv-cox");
    expect(rows.map((r) => r[0])).toEqual(["group 2", "age", "ph_ecog"]);
    expect(rows.map((r) => Number(r[1]))).toEqual([1, 0, 2].map((k) => Number(R.cox.coef[k].toFixed(4))));
    const query = new URL(page.url()).searchParams;
    expect([...query.keys()].sort()).toEqual(["csv_covariates", "csv_event", "csv_group", "csv_time"]);
    expect(Object.fromEntries(query)).toEqual({csv_time: "time", csv_event: "event", csv_group: "sex", csv_covariates: "age,ph_ecog"});
    await finish(session);
  }, 120_000);

  it("keeps a file's times in its own unit: no years offered, none taken from the cohort chart's choice, and the range in the file's unit", async () => {
    // lung's times are days: read as months and shown in years, its axis would run to about 84 "years".
    const session = await open("/explore");
    const {page} = session;
    await load(page, "lung.csv", lung);
    expect(await status(page)).toBe("228 rows analysed.");
    const chart = page.locator("[data-testid=csv-result] .km-chart");
    const ticks = async () => (await chart.locator("svg[aria-label^='Kaplan'] [aria-label='x-axis tick label'] text").allTextContents()).map(Number);
    expect(await chart.getByLabel("Time in").count()).toBe(0);
    expect(await chart.getByLabel("Up to").locator("xpath=ancestor::label").textContent()).toBe("Up to  in the file's unit");
    expect(await chart.locator("caption").first().textContent()).toMatch(/at time t;/);
    const days = await ticks();
    expect(days[days.length - 1]).toBeGreaterThan(900);
    // The cohort's chart on the same page reads its months in years; the file's chart is drawn again, still in days.
    const cohort = page.locator(".km-chart").filter({hasNot: page.locator("[data-testid=csv-result] *")}).first();
    await cohort.getByLabel("Time in").selectOption("years");
    await expect.poll(() => new URL(page.url()).searchParams.get("xunit")).toBe("years");
    await expect.poll(() => cohort.locator("[aria-label='x-axis label']").textContent()).toMatch(/Years/);
    expect(await chart.locator("[aria-label='x-axis label']").textContent()).toMatch(/^Time/);
    expect(await ticks()).toEqual(days);
    await chart.getByLabel("Up to").fill("500");
    await chart.getByLabel("Up to").press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("csv_xmax")).toBe("500");
    // The cohort's chart keeps its own range, in months.
    expect(new URL(page.url()).searchParams.has("xmax")).toBe(false);
    expect(await cohort.getByLabel("Up to").inputValue()).toBe("");
    // The axis ends at 500 days, its last tick at or before.
    await expect.poll(async () => (await ticks()).pop()).toBeLessThanOrEqual(500);
    expect((await ticks()).pop()).toBeGreaterThan(days[days.length - 1] / 3);
    await finish(session);
  }, 120_000);

  it("compares the groups by the ρ typed above, equal to R's survdiff(rho = 0.5) on lung and to the engine at any ρ, through a reload, and says why a negative ρ is not applied", async () => {
    const G = JSON.parse(readFileSync("tests/fixtures/survival-log-rank.json", "utf8")).cases.find((c: {name: string; options: {rho: number}}) => c.name === "lung sex none" && c.options.rho === 0.5);
    const session = await open("/explore?rho=0.5&csv_group=sex");
    const {page} = session;
    await load(page, "lung.csv", lung);
    expect(await status(page)).toBe("228 rows analysed.");
    expect(await page.getByTestId("csv-test").innerText()).toBe(formatLabelledP(G.expected.p, "G-rho, rho = 0.5, 1 df"));
    const data = {time: G.input.time, event: G.input.event, group: G.input.group};
    const engine = (rho: number, name: string) => formatLabelledP(logRank(data, {rho, levels: G.input.levels}).p, `${name}, 1 df`);
    const rho = page.getByLabel("Curve comparison: G-ρ test with ρ =");
    await rho.fill("3");
    await expect.poll(() => page.getByTestId("csv-test").innerText()).toBe(engine(3, "G-rho, rho = 3"));
    expect(engine(3, "G-rho, rho = 3")).not.toBe(engine(0.5, "G-rho, rho = 0.5"));
    await page.waitForFunction(() => new URLSearchParams(location.search).get("rho") === "3");
    // A reload keeps ρ; the file is chosen again, as the address never holds it.
    await page.reload();
    await ready(page);
    // The page loading again; from here on nothing more may be requested.
    session.requests.length = 0;
    await load(page, "lung.csv", lung);
    await status(page);
    expect(await rho.inputValue()).toBe("3");
    expect(await page.getByTestId("csv-test").innerText()).toBe(engine(3, "G-rho, rho = 3"));
    await rho.fill("-3");
    await expect.poll(() => page.getByTestId("csv-test").innerText()).toBe(formatLabelledP(R.logrank.p, "log-rank, 1 df"));
    expect(await page.getByTestId("csv-rho-error").innerText()).toBe('ρ not applied: "-3" is negative, expected a number of 0 or more (0 is the log-rank test, 1 Peto–Peto). The curves are compared by the log-rank test.');
    await finish(session);
  }, 120_000);

  it("equals R on colon with three groups, through the file input: log-rank, Benjamini–Hochberg pairwise tests and the Cox model", async () => {
    const C = JSON.parse(readFileSync("tests/fixtures/cli/colon-reference.json", "utf8"));
    const session = await open("/explore?csv_event=status&csv_group=rx");
    const {page} = session;
    await load(page, "colon.csv", readFileSync("tests/fixtures/cli/colon.csv"));
    expect(await status(page)).toBe(`${C.n.reduce((a: number, b: number) => a + b)} rows analysed.`);
    expect(await page.getByTestId("csv-test").innerText()).toBe(formatLabelledP(C.logrank.p, "log-rank, 2 df"));
    const pairs = await detailRows(page, "table.csv-pairwise");
    expect(pairs).toEqual(C.pairs.map(([a, b]: string[], k: number) => [`${a} vs ${b}`, formatPValue(C.pairwise[k]), formatPValue(C.adjusted[k])]));
    // The model leaves out the rows with no nodes count, as R's na.omit.
    await page.locator('[data-testid=csv-mapping] select[data-role="covariates"]').selectOption(["age", "nodes"]);
    await page.waitForFunction((n) => document.querySelector("[data-testid=csv-status]")?.textContent?.startsWith(`${n} rows analysed, `), C.cox.n);
    const coefs = (await detailRows(page, "table.csv-cox")).map((r) => Number(r[1]));
    expect(coefs).toEqual(C.cox.coef.map((b: number) => Number(b.toFixed(4))));
    await finish(session);
  }, 120_000);

  const S = JSON.parse(readFileSync("tests/fixtures/cli/colon-sex-reference.json", "utf8"));
  const colonSex = readFileSync("tests/fixtures/cli/colon-sex.csv");

  it("shows each column's detected type and reads a column as the type the reader chooses, equal to R, with the choice in the address", async () => {
    const session = await open("/explore?csv_event=status&csv_group=sex&csv_covariates=age,differ");
    const {page} = session;
    await load(page, "colon-sex.csv", colonSex);
    await status(page);
    const types = await page.getByTestId("csv-types").locator("label").allInnerTexts();
    expect(types.map((t) => t.split(":")[0])).toEqual(["time, detected number", "status, detected 0-1 event", "sex, detected 0-1 event", "rx, detected category", "age, detected number", "differ, detected number"]);
    const asNumber = await detailRows(page, "table.csv-cox");
    expect(asNumber.map((r) => r[0])).toEqual(["group 1", "age", "differ"]);
    expect(asNumber.map((r) => Number(r[1]))).toEqual(S.cox_number.coef.map((b: number) => Number(b.toFixed(4))));
    await page.locator('[data-testid=csv-types] select[data-column="differ"]').selectOption("category");
    await page.waitForFunction(() => document.querySelector("[data-testid=csv-details] table.csv-cox tbody tr:nth-child(4)") && !document.querySelector("[data-testid=csv-details][aria-busy]"));
    const asCategory = await detailRows(page, "table.csv-cox");
    expect(asCategory.map((r) => r[0])).toEqual(["group 1", "age", "differ2", "differ3"]);
    expect(asCategory.map((r) => Number(r[1]))).toEqual(S.cox_category.coef.map((b: number) => Number(b.toFixed(4))));
    expect(new URL(page.url()).searchParams.get("csv_type_differ")).toBe("category");
    // A category read as a number: the first cell that is not one, word for word.
    await page.locator('[data-testid=csv-types] select[data-column="rx"]').selectOption("number");
    await page.locator('[data-testid=csv-mapping] select[data-role="group"]').selectOption("rx");
    // Polled: the status line shows the previous mapping's result until the worker has read this one.
    await expect.poll(() => page.getByTestId("csv-status").innerText(), {timeout: 20_000}).toBe('colon-sex.csv row 1 (line 2), column "rx": "Lev+5FU", expected a number (column "rx" is set to be a number)');
    await page.locator('[data-testid=csv-types] select[data-column="time"]').selectOption("category");
    await expect.poll(() => page.getByTestId("csv-status").innerText(), {timeout: 20_000}).toBe('colon-sex.csv: column "time" is set to be a category, expected a number for the time');
    await finish(session);
  }, 120_000);

  it("draws the forest plot and restricted means of a two-level group, equal to R's coxph(Surv ~ sex * subgroup) and rmst2, with no request after load", async () => {
    const session = await open("/explore?csv_event=status&csv_group=sex&csv_subgroups=rx,age,differ&csv_type_differ=category");
    const {page} = session;
    await load(page, "colon-sex.csv", colonSex);
    expect(await status(page)).toBe(`${S.n} rows analysed.`);
    const forest = await detailRows(page, "[data-testid=csv-forest] table");
    const expected = [{label: "All rows", ...S.all}, ...S.forest.flatMap((g: {subgroup: string; levels: {level: string}[]}) => g.levels.map((l) => ({...l, label: `${g.subgroup}: ${l.level}`})))];
    expect(forest).toEqual(expected.map((e) => [e.label, `${e.sizes[0]}, ${e.sizes[1]}`, formatRatioInterval(e.hr, e.lower, e.upper, 0.95)]));
    expect(await page.getByTestId("csv-forest").locator(".forest-plot svg").count()).toBe(1);
    expect(await page.getByTestId("csv-interactions").locator("li").allInnerTexts()).toEqual(S.forest.map((g: {subgroup: string; interaction: {p: number; df: number}}) => `${g.subgroup}: ${formatLabelledP(g.interaction.p, `Wald test of the group × ${g.subgroup} interaction, ${g.interaction.df} df`)}`));
    const rmst = await detailRows(page, "table.csv-rmst");
    expect(rmst).toEqual(["0", "1"].map((g, k) => [g, `${S.rmst.rmst[k].toFixed(1)} (${S.rmst.lower[k].toFixed(1)}–${S.rmst.upper[k].toFixed(1)})`]));
    const d = S.rmst.difference;
    expect(await page.getByTestId("csv-rmst-difference").innerText()).toBe(`Difference, 1 − 0: ${d.estimate.toFixed(1)} (95% CI ${d.lower.toFixed(1)} to ${d.upper.toFixed(1)}), ${formatLabelledP(d.p, "rmst2")}`);
    // Three groups: no forest, and the page says why.
    await page.locator('[data-testid=csv-mapping] select[data-role="group"]').selectOption("rx");
    await page.waitForSelector("[data-testid=csv-forest-note]");
    expect(await page.getByTestId("csv-forest-note").innerText()).toBe("The forest plot compares two groups: the group column has 3 levels.");
    await finish(session);
  }, 120_000);

  it("draws a large file's curve at the resolution drawn: fewer censor marks than censoring times, the risk table from every row", async () => {
    const rows = Array.from({length: 20_000}, (_, i) => `${i + 1},${i % 3 === 0 ? 0 : 1}`);
    const session = await open("/explore");
    const {page} = session;
    await load(page, "large.csv", Buffer.from(["time,event", ...rows].join("\n")));
    expect(await status(page)).toBe("20000 rows analysed.");
    const chart = page.locator("[data-testid=csv-result] .km-chart");
    const marks = await chart.locator("g[aria-label=dot] path").count();
    // 6,667 censoring times, each its own row; a mark 7 pixels across leaves room for a few hundred.
    expect(marks).toBeGreaterThan(100);
    expect(marks).toBeLessThan(1000);
    // The first tick's numbers count every row: all at risk at 0, none censored or with an event yet.
    const risk = await chart.locator(".km-risk-table g[font-variant=tabular-nums] tspan").allTextContents();
    expect(risk.map((t) => t.replace(/\D/g, ""))).toContain("20000");
    await finish(session);
  }, 120_000);

  it("draws curves cut to the chart from continuous times with the full curves' risk table, on the whole axis and once the axis is cut", async () => {
    // Two groups of 15,000 distinct times each: many more steps than the chart has pixels, so the worker cuts them.
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const time: number[] = [];
    const event: number[] = [];
    const group: string[] = [];
    for (let i = 0; i < 30_000; ++i) {
      time.push(Number((-Math.log(1 - random()) * 30 + 0.001).toFixed(3)));
      event.push(random() < 0.7 ? 1 : 0);
      group.push(i % 2 ? "b" : "a");
    }
    const fits = kaplanMeierByGroup({time, event, group}, {levels: ["a", "b"]});
    const session = await open("/explore");
    const {page} = session;
    await load(page, "continuous.csv", Buffer.from(["time,event,group", ...time.map((t, i) => `${t},${event[i]},${group[i]}`)].join("\n")));
    expect(await status(page)).toBe("30000 rows analysed.");
    const chart = page.locator("[data-testid=csv-result] .km-chart");
    /** The risk table's numbers as drawn, and the engine's on every row at the chart's ticks, in the same order. */
    const tables = async () => {
      const ticks = (await chart.locator('svg g[aria-label="x-axis tick label"] text').allTextContents()).map(Number);
      const drawn = (await chart.locator(".km-risk-table g[font-variant=tabular-nums] tspan").allTextContents()).filter((t) => /^[\d,]+$/.test(t)).map((t) => Number(t.replace(/,/g, "")));
      const engine = fits.flatMap(({fit}) => {
        const table = riskTable(fit, ticks, {extend: true});
        // Drawn row by row: each group's numbers at risk, then censored, then events.
        return [...table.nRisk, ...table.cumCensored, ...table.cumEvents];
      });
      return {ticks, drawn, engine};
    };
    const whole = await tables();
    expect(whole.ticks.length).toBeGreaterThan(3);
    expect(whole.drawn).toEqual(whole.engine);
    const path = async () => Math.max(...(await chart.locator('svg g[aria-label="line"] path').evaluateAll((paths) => paths.map((p) => (p.getAttribute("d") ?? "").length))));
    const wholePath = await path();
    // Cut the axis at 7 months: the page asks for curves cut to the new axis, and the ticks move to where no whole-axis tick was.
    await chart.locator('input[type="number"]').fill("7");
    await chart.locator('input[type="number"]').dispatchEvent("change");
    await page.waitForFunction(() => new URLSearchParams(location.search).get("csv_xmax") === "7");
    await page.waitForSelector("[data-testid=csv-details]:not([aria-busy])");
    await expect.poll(async () => (await tables()).ticks.at(-1)).toBe(7);
    const cut = await tables();
    expect(cut.drawn).toEqual(cut.engine);
    // A curve cut to the short axis keeps its steps within it: more path than the whole axis gave that stretch.
    expect(await path()).toBeGreaterThan(wholePath / 2);
    await finish(session);
  }, 180_000);

  it("downloads every step of a curve far longer than the chart is wide, as the engine fits it, with the risk table at the chart's ticks", async () => {
    // 20,000 distinct times in two groups: ten thousand steps each, many more than the chart's columns, so the drawn curves are cut.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const n = 20_000;
    const time = Array.from({length: n}, (_, i) => (((i * 7919) % n) + 1) / 10);
    const event = time.map(() => (random() < 0.7 ? 1 : 0));
    const group = time.map((_, i) => (i % 2 ? "b" : "a"));
    const fits = kaplanMeierByGroup({time, event, group}, {levels: ["a", "b"]});
    const session = await open("/explore?csv_group=group");
    const {page} = session;
    await load(page, "steps.csv", Buffer.from(["time,event,group", ...time.map((t, i) => `${t},${event[i]},${group[i]}`)].join("\n")));
    expect(await status(page)).toBe(`${n} rows analysed.`);
    const chart = page.locator("[data-testid=csv-result] .km-chart");
    // The chart draws far fewer rows than the fit has: the download must not be what is drawn.
    expect(await chart.locator('svg g[aria-label="line"] path').evaluateAll((paths) => Math.max(...paths.map((p) => (p.getAttribute("d") ?? "").split(/[HV]/).length)))).toBeLessThan(n / 2);

    const curve = csvParse(await downloadFrom(chart, "Curve CSV"));
    expect(curve.columns).toEqual(["group", "time", "n_risk", "n_event", "n_censor", "surv", "lower", "upper"]);
    const limit = (v: string) => (v === "" ? null : Number(v));
    for (const {group: label, fit} of fits) {
      const rows = curve.filter((r) => r.group === label);
      expect(rows.length).toBe(new Set(time.filter((_, i) => group[i] === label)).size);
      expect(rows.length).toBe(fit.time.length);
      for (let i = 0; i < rows.length; i += 97) {
        const r = rows[i];
        expect([Number(r.time), Number(r.n_risk), Number(r.n_event), Number(r.n_censor)]).toEqual([fit.time[i], fit.nRisk[i], fit.nEvent[i], fit.nCensor[i]]);
        // The browser's Math.log and Math.exp may differ from Node's in the last bit.
        const [surv, lower, upper] = [Number(r.surv), limit(r.lower!), limit(r.upper!)];
        expect(surv).toBeCloseTo(fit.surv[i], 14);
        expect(lower).toEqual(fit.lower[i] === null ? null : expect.closeTo(fit.lower[i]!, 14));
        expect(upper).toEqual(fit.upper[i] === null ? null : expect.closeTo(fit.upper[i]!, 14));
      }
      const last = rows.length - 1;
      expect([Number(rows[last].time), Number(rows[last].surv)]).toEqual([fit.time[last], fit.surv[last]]);
      expect(rows.reduce((s, r) => s + Number(r.n_event) + Number(r.n_censor), 0)).toBe(fit.n);
    }

    const ticks = (await chart.locator('svg g[aria-label="x-axis tick label"] text').allTextContents()).map(Number);
    expect(ticks.length).toBeGreaterThan(3);
    const risk = csvParse(await downloadFrom(chart, "Risk table CSV"));
    expect(risk.columns).toEqual(["group", "time", "n_risk", "cum_censored", "cum_events"]);
    for (const {group: label, fit} of fits) {
      const table = riskTable(fit, ticks, {extend: true});
      expect(risk.filter((r) => r.group === label).map((r) => [r.time, r.n_risk, r.cum_censored, r.cum_events].map(Number))).toEqual(table.time.map((t, i) => [t, table.nRisk[i], table.cumCensored[i], table.cumEvents[i]]));
    }
    await finish(session);
  }, 180_000);

  const BAD: [string, string | Buffer, string][] = [
    ["an empty file", "", "bad.csv is empty: expected a header row naming the columns, then one row per patient"],
    ["no header", "5,1\n6,0\n", 'bad.csv line 1: "5", "1" are numbers, expected a header row naming the columns'],
    ["a non-numeric time", "time,event\n5,1\nsoon,0\n", 'bad.csv row 2 (line 3), column "time": "soon", expected a time of 0 or more'],
    ["a negative time", "time,event\n5,1\n-1,0\n", 'bad.csv row 2 (line 3), column "time": "-1", expected a time of 0 or more'],
    ["an event that is not 0/1", "time,event\n5,2\n", 'bad.csv row 1 (line 2), column "event": "2", expected 0 (censored) or 1 (event)'],
    ["entry at or after time", "time,event,entry\n5,1,1\n4,1,4\n", 'bad.csv row 2 (line 3), column "entry": "4", expected an entry time before the time (4) in column "time"'],
    ["non-UTF-8 bytes", Buffer.concat([Buffer.from("time,event\n5,1\n"), Buffer.from([0x36, 0xe9]), Buffer.from(",0\n")]), "bad.csv line 3: byte 0xE9 at character 2 of the line is not UTF-8 (save the file as UTF-8)"],
    ["a ragged row", "time,event\n5,1\n6\n", "bad.csv row 2 (line 3): 1 cells, expected 2 as in the header"]
  ];

  it("shows a grouping chosen again as it was, equal to R, and as the chart's controls used meanwhile say", async () => {
    const session = await open("/explore?csv_group=sex");
    const {page} = session;
    await load(page, "lung.csv", lung);
    expect(await status(page)).toBe("228 rows analysed.");
    const bySex = formatLabelledP(R.logrank.p, "log-rank, 1 df");
    expect(await page.getByTestId("csv-test").innerText()).toBe(bySex);
    const rmstBySex = await detailRows(page, "table.csv-rmst");
    expect(rmstBySex.map((r) => r[0])).toEqual(["1", "2"]);
    const group = page.locator('[data-testid=csv-mapping] select[data-role="group"]');
    const chart = page.locator("[data-testid=csv-result] .km-chart");
    const legend = () => chart.locator(".km-legend button").allTextContents();
    expect(await legend()).toEqual(["1", "2"]);
    // Each regrouping here changes the test line: waiting for that, not only for the address, keeps a test line read too early from passing for the new one.
    const regroup = async (column: string) => {
      const before = await page.getByTestId("csv-test").innerText();
      await group.selectOption(column);
      await page.waitForFunction((column) => new URLSearchParams(location.search).get("csv_group") === column && document.querySelector("[data-testid=csv-details]:not([aria-busy])"), column);
      await expect.poll(() => page.getByTestId("csv-test").innerText()).not.toBe(before);
    };
    await regroup("ph_ecog");
    const byEcog = await page.getByTestId("csv-test").innerText();
    expect(byEcog).not.toBe(bySex);
    expect(await legend()).toEqual(["0", "1", "2", "3"]);
    await regroup("sex");
    expect(await page.getByTestId("csv-test").innerText()).toBe(bySex);
    expect(await detailRows(page, "table.csv-rmst")).toEqual(rmstBySex);
    expect(await legend()).toEqual(["1", "2"]);
    expect(await status(page)).toBe("228 rows analysed.");
    // A y scale chosen on the chart holds for every grouping shown after it, those drawn before included.
    await chart.getByLabel("Y axis").selectOption("incidence");
    await regroup("ph_ecog");
    expect(await page.getByTestId("csv-test").innerText()).toBe(byEcog);
    await regroup("sex");
    expect(await chart.getByLabel("Y axis").inputValue()).toBe("incidence");
    expect(await chart.locator('svg g[aria-label="y-axis label"]').first().textContent()).toMatch(/With event, 1 − S\(t\)/);
    expect(await page.getByTestId("csv-test").innerText()).toBe(bySex);
    expect(await legend()).toEqual(["1", "2"]);
    // So do the confidence bands: hidden on one grouping, shown again on another, then shown on the first when it comes back.
    const bands = () => chart.locator("g.km-ci").evaluateAll((gs) => gs.map((g) => getComputedStyle(g).display !== "none"));
    await chart.getByLabel("95% confidence bands").uncheck();
    expect(await bands()).toEqual([false]);
    await regroup("ph_ecog");
    expect(await bands()).toEqual([false]);
    await chart.getByLabel("95% confidence bands").check();
    expect(await bands()).toEqual([true]);
    await regroup("sex");
    expect(await chart.getByLabel("95% confidence bands").isChecked()).toBe(true);
    expect(await bands()).toEqual([true]);
    await finish(session);
  }, 120_000);

  it("names the row, column, value and what was expected for each bad file, word for word", async () => {
    const session = await open("/explore");
    const {page} = session;
    for (const [, content, message] of BAD) {
      await load(page, "bad.csv", typeof content === "string" ? Buffer.from(content) : content);
      expect(await status(page)).toBe(message);
    }
    await finish(session);
  }, 120_000);

  it("maps a file afresh where the columns kept from the last one are not in it, and says a semicolon file is one", async () => {
    const session = await open("/explore");
    const {page} = session;
    await load(page, "semicolon.csv", Buffer.from("time;event;sex\n306;1;1\n455;1;1\n"));
    expect(await status(page)).toBe('semicolon.csv line 1: one column, "time;event;sex", holding semicolons, expected cells separated by commas (save the file as comma-separated values)');
    // The mapping of that file named a column lung has not: lung is mapped by its own names, and analysed.
    await load(page, "lung.csv", lung);
    expect(await status(page)).toBe("228 rows analysed.");
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({csv_time: "time", csv_event: "event"});
    // A group's name as long as a file may give it wraps within the card.
    const long = `${"ÜnïcodeGroupName".repeat(18)}End`;
    await load(page, "long.csv", Buffer.from(["time,event,arm", ...Array.from({length: 10}, (_, i) => `${i + 1},1,${i % 2 ? long : "short"}`)].join("\n")));
    await page.locator('[data-testid=csv-mapping] select[data-role="group"]').selectOption("arm");
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=csv-result] .km-legend button").length === 2);
    const overflow = await page.locator("[data-testid=csv-result] .km-legend").evaluate((legend) => {
      const card = legend.closest(".card")!.getBoundingClientRect();
      return Math.max(...Array.from(legend.querySelectorAll("button"), (b) => b.getBoundingClientRect().right)) - card.right;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    // Every event at time 0: the curves are drawn, and the test line says why there is no test.
    await load(page, "zero.csv", Buffer.from(["time,event,arm", ...Array.from({length: 10}, (_, i) => `0,1,${i % 2 ? "b" : "a"}`)].join("\n")));
    await page.locator('[data-testid=csv-mapping] select[data-role="group"]').selectOption("arm");
    await page.waitForFunction(() => document.querySelector("[data-testid=csv-test]")?.textContent?.startsWith("No test"));
    expect(await page.getByTestId("csv-test").innerText()).toBe("No test: the log-rank variance matrix is singular: the data cannot compare these groups.");
    expect(await page.locator("[data-testid=csv-result] .km-chart .km-legend button").allTextContents()).toEqual(["a", "b"]);
    await finish(session);
  }, 120_000);

  it("shows file contents as text, never as HTML", async () => {
    const session = await open("/explore");
    const {page} = session;
    await load(page, "x.csv", Buffer.from('time,event,"<img src=x onerror=""document.title=\'hacked\'"">"\n5,1,a\n6,0,b\n'));
    await status(page);
    expect(await page.locator("[data-testid=own-data] img").count()).toBe(0);
    expect(await page.locator('[data-testid=csv-mapping] select[data-role="group"] option').allInnerTexts()).toContain("<img src=x onerror=\"document.title='hacked'\"> (category)");
    expect(await page.title()).not.toBe("hacked");
    await finish(session);
  }, 120_000);
});

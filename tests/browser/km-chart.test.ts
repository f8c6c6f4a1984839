// The Kaplan–Meier figure's interactions: CI toggle, hover tooltip, keyboard
// reach, text alternative (blank past each group's last follow-up) and the
// three downloads.
import {readFileSync} from "node:fs";
import {csvParse} from "d3";
import type {Locator, Page} from "playwright-core";
import {beforeAll, describe, expect, it} from "vitest";
import {compareSurvival} from "../../src/lib/analysis/compare-survival.js";
import {effectEstimates} from "../../src/lib/analysis/effect-estimates.js";
import {formatComparisonP} from "../../src/lib/format/p-value.js";
import {survivalAtTimes} from "../../src/lib/survival/index.js";
import {shortCurve} from "../../src/components/short-curve.js";
import {builtSite} from "./built-site.js";
import {chartControls} from "./chart-controls.js";
import {distPatients} from "./dist-cohort.js";
import {PHONE} from "./page-session.js";

const site = builtSite();
let page: Page;

beforeAll(async () => {
  ({page} = await site.open("/progression"));
});

const figure = () => page.locator(".km-chart").first();

describe("KM chart", () => {
  it("hides and shows the confidence bands", async () => {
    const bands = figure().locator("g.km-ci");
    await expect.poll(() => bands.first().isVisible()).toBe(true);
    await chartControls(figure()).getByLabel("95% confidence bands").uncheck();
    expect(await bands.first().isVisible()).toBe(false);
    await chartControls(figure()).getByLabel("95% confidence bands").check();
    expect(await bands.first().isVisible()).toBe(true);
  });

  it("shows time, S(t), CI and number at risk on hover", async () => {
    const svg = figure().locator("svg[aria-label^='Kaplan']");
    // The page's controls can push the chart below the first screen; the pointer reaches only what is in view.
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.35, box.y + box.height * 0.5);
    const tip = figure().locator("g[aria-label=tip]");
    await expect.poll(() => tip.textContent()).toMatch(/At risk/);
    expect(await tip.textContent()).toMatch(/mo/);
    expect(await tip.textContent()).toMatch(/95% CI/);
  });

  it("draws a KMunicate table and a text alternative with the engine's numbers", async () => {
    const comparison = compareSurvival(distPatients(), {endpoint: "ttp", groupBy: "arm"});
    const rows = await figure().locator(".km-chart-numbers tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => c.textContent)));
    const fmt = (x: number | null) => (x === null ? "NR" : x.toFixed(1));
    expect(rows.map((r) => r.slice(0, 3))).toEqual(
      comparison.curves.map((c) => [c.label, String(c.n), `${fmt(c.fit!.median.estimate)} (${fmt(c.fit!.median.lower)}–${fmt(c.fit!.median.upper)})`])
    );
    const table = figure().locator("svg.km-risk-table");
    expect(await table.getAttribute("aria-label")).toMatch(/at risk/);
    const atRiskAtZero = comparison.curves.map((c) => String(c.fit!.n));
    const numbers = await table.locator("g[font-variant=tabular-nums] tspan").allTextContents();
    for (const n of atRiskAtZero) expect(numbers).toContain(n);
    // One text a row (at risk, censored, events for each group), a number at each x-axis tick.
    const ticks = await figure().locator("svg[aria-label^='Kaplan'] [aria-label='x-axis tick label'] text").count();
    const perRow = await table.locator("g[font-variant=tabular-nums] text").evaluateAll((texts) => texts.map((t) => t.querySelectorAll("tspan").length));
    expect(perRow).toEqual(Array(3 * comparison.curves.length).fill(ticks));
    // Plot's per-chart <style> is dropped; the site's stylesheet gives its charts the same rules.
    const svgs = await figure().locator("svg").evaluateAll((all) => all.map((svg) => ({styles: svg.querySelectorAll("style").length, display: getComputedStyle(svg).display, maxWidth: getComputedStyle(svg).maxWidth})));
    expect(svgs).toEqual(Array(2).fill({styles: 0, display: "block", maxWidth: "100%"}));
    expect(await figure().locator("svg[aria-label^='Kaplan']").getAttribute("aria-description")).toMatch(/patients, median/);
  });

  it("leaves a group's S(t) blank past its last follow-up, and keeps a curve that reached 0 at 0%", async () => {
    // /survival by arm: the bland curve stops above 0 before the last tick; /progression's TTP curves both reach 0.
    for (const [path, endpoint] of [["/survival", "os_embolization"], ["/progression", "ttp"]] as const) {
      const {page: opened} = await site.open(path);
      const numbers = opened.locator(".km-chart .km-chart-numbers").first();
      const head = await numbers.locator("thead th").allTextContents();
      const times = head.slice(3).map((h) => Number(/^S\((.+)\)$/.exec(h)![1]));
      const rows = await numbers.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (c) => c.textContent ?? "")));
      const {curves} = compareSurvival(distPatients(), {endpoint, groupBy: "arm"});
      let blanks = 0;
      for (const {label, fit} of curves) {
        const last = fit!.time[fit!.time.length - 1];
        const reachedZero = fit!.surv[fit!.surv.length - 1] === 0;
        const cells = rows.find((r) => r[0] === label)!.slice(3);
        if (path === "/survival") expect(times.some((t) => t <= last), `${label} has ticks before its last follow-up`).toBe(true);
        times.forEach((t, k) => {
          const expected = t <= last ? `${(100 * survivalAtTimes(fit!, [t]).surv[0]).toFixed(0)}%` : reachedZero ? "0%" : "—";
          expect(cells[k], `${path} ${label} S(${t}), last follow-up ${last}`).toBe(expected);
        });
        blanks += times.filter((t) => t > last && !reachedZero).length;
      }
      // Each page tests one side of the rule: /survival has blanks, /progression curves that reached 0.
      if (path === "/survival") expect(blanks).toBeGreaterThan(0);
      else {
        expect(curves.every(({fit}) => fit!.surv[fit!.surv.length - 1] === 0)).toBe(true);
        expect(curves.some(({fit}) => times.some((t) => t > fit!.time[fit!.time.length - 1]))).toBe(true);
      }
      await opened.context().close();
    }
  });

  it("gives the curves most of a phone-wide card: group names head the risk table's rows instead of widening its margin", async () => {
    const {page: phone} = await site.open("/progression", {viewport: PHONE});
    const chart = phone.locator(".km-chart").first();
    const share = await chart.locator("svg[aria-label^='Kaplan']").evaluate((svg) => {
      const frame = svg.querySelector("[aria-label='x-axis tick']")!.getBoundingClientRect();
      const box = svg.getBoundingClientRect();
      return (box.right - frame.left) / box.width;
    });
    expect(share).toBeGreaterThan(0.75);
    const texts = await chart.locator("svg.km-risk-table text").allTextContents();
    expect(texts).toEqual(expect.arrayContaining(["Chemoembolization", "Bland embolization", "At risk", "Censored", "Events"]));
    await phone.context().close();
  });

  it("ticks a phone's x-axis as densely as the risk table's numbers allow, so every survival curve spans several ticks", async () => {
    const {page: phone} = await site.open("/survival", {viewport: PHONE});
    const chart = phone.locator(".km-chart").first();
    const ticks = (await chart.locator("svg[aria-label^='Kaplan'] [aria-label='x-axis tick label'] text").allTextContents()).map(Number);
    const {curves} = compareSurvival(distPatients(), {endpoint: "os_embolization", groupBy: "arm"});
    for (const {label, fit} of curves) {
      const last = fit!.time[fit!.time.length - 1];
      expect(ticks.filter((t) => t <= last).length, `${label} ends at ${last}; ticks ${ticks}`).toBeGreaterThanOrEqual(4);
    }
    // The numbers of one risk-table row never touch.
    const overlaps = await chart.locator("svg.km-risk-table").evaluate((svg) => {
      const boxes = Array.from(svg.querySelectorAll("g[font-variant=tabular-nums] tspan, g[aria-label=text] text"), (t) => t.getBoundingClientRect()).filter((b) => b.width > 0);
      let count = 0;
      for (let i = 0; i < boxes.length; ++i)
        for (let j = i + 1; j < boxes.length; ++j) {
          const [a, b] = [boxes[i], boxes[j]];
          if (Math.abs(a.y - b.y) < 1 && a.left < b.right && b.left < a.right) ++count;
        }
      return count;
    });
    expect(overlaps).toBe(0);
    await phone.context().close();
  });

  it("on a phone, certifies from the drawn page that no tick spacing gives the short TTP curve four ticks, and offers the x-range that does", async () => {
    const {page: phone} = await site.open("/progression", {viewport: PHONE});
    const chart = phone.locator(".km-chart").first();
    const axis = chart.locator("svg[aria-label^='Kaplan'] [aria-label='x-axis tick label'] text");
    const {curves} = compareSurvival(distPatients(), {endpoint: "ttp", groupBy: "arm"});
    const ends = curves.map(({label, fit}) => ({label: label!, end: fit!.time[fit!.time.length - 1]}));
    const short = ends.reduce((a, b) => (b.end < a.end ? b : a));
    const longest = Math.max(...ends.map((e) => e.end));
    // The bound: four ticks within the short curve need a step of at most end / 3 months; the axis must still reach the longest
    // curve, so neighbouring ticks lie at most width × (end / 3) / longest pixels apart. The risk table's widest number is wider.
    const {pixels, widest} = await chart.evaluate((figure) => {
      const labels = Array.from(figure.querySelectorAll("svg[aria-label^='Kaplan'] [aria-label='x-axis tick label'] text"), (t) => t.getBoundingClientRect());
      const numbers = Array.from(figure.querySelectorAll("svg.km-risk-table g[font-variant=tabular-nums] tspan"), (t) => t.getBoundingClientRect().width);
      const centre = (b: DOMRect) => b.left + b.width / 2;
      return {pixels: centre(labels[labels.length - 1]) - centre(labels[0]), widest: Math.max(...numbers)};
    });
    const ticks = (await axis.allTextContents()).map(Number);
    const pixelsPerMonth = pixels / ticks[ticks.length - 1];
    expect(widest).toBeGreaterThan(0);
    expect(pixelsPerMonth * (short.end / 3), `${short.label} ends at ${short.end}, the longest at ${longest}`).toBeLessThan(widest * (longest / ticks[ticks.length - 1]));
    expect(ticks.filter((t) => t <= short.end).length).toBeLessThan(4);
    // So the chart says which curve is squeezed and gives one click to the x-range that spreads it.
    const zoom = chart.locator(".km-zoom");
    await expect.poll(() => zoom.textContent()).toContain(`${short.label} ends at ${+short.end.toFixed(1)} months`);
    await zoom.getByRole("button").click();
    const zoomTo = shortCurve(ends, ticks)!.zoomTo;
    expect(zoomTo).toBeLessThan(ticks[ticks.length - 1]);
    await expect.poll(() => new URL(phone.url()).searchParams.get("xmax")).toBe(String(zoomTo));
    const zoomed = phone.locator(".km-chart").first().locator("svg[aria-label^='Kaplan'] [aria-label='x-axis tick label'] text");
    await expect.poll(async () => (await zoomed.allTextContents()).map(Number).filter((t) => t <= short.end).length).toBeGreaterThanOrEqual(4);
    await expect.poll(() => phone.locator(".km-chart .km-zoom").count()).toBe(0);
    await phone.context().close();
  });

  it("is reachable by keyboard", async () => {
    const reached = new Set<string>();
    await page.locator("body").focus();
    for (let i = 0; i < 20; ++i) {
      await page.keyboard.press("Tab");
      reached.add(await page.evaluate(() => `${document.activeElement?.tagName}:${document.activeElement?.textContent?.trim() || (document.activeElement as HTMLInputElement)?.type}`));
    }
    expect([...reached]).toEqual(expect.arrayContaining(["INPUT:checkbox", "BUTTON:SVG", "BUTTON:PNG", "BUTTON:Curve CSV", "BUTTON:Risk table CSV", "BUTTON:Patients CSV"]));
  });

  it("downloads the whole figure as SVG, in light colours whatever the theme", async () => {
    const comparison = compareSurvival(distPatients(), {endpoint: "ttp", groupBy: "arm"});
    const effects = effectEstimates(distPatients(), {endpoint: "ttp", groupBy: "arm", confLevel: 0.95});
    const censorTimes = comparison.curves.reduce((n, c) => n + c.fit!.nCensor.filter((k) => k > 0).length, 0);
    for (const colorScheme of ["light", "dark"] as const) {
      const {page: themed} = await site.open("/progression", {colorScheme});
      const chart = themed.locator(".km-chart").first();
      const pageTicks = await chart.locator("svg[aria-label^='Kaplan'] [aria-label='x-axis tick label'] text").allTextContents();
      const download = await downloadFrom(chart, "SVG");
      expect(download.name).toBe("ttp-by-arm.svg");
      const svg = await themed.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, "image/svg+xml");
        const root = doc.documentElement;
        const chartSvg = root.querySelector("svg[aria-label^='Kaplan']")!;
        const texts = (scope: Element, selector: string) => Array.from(scope.querySelectorAll(selector), (t) => t.textContent ?? "");
        return {
          parseError: doc.querySelector("parsererror")?.textContent ?? null,
          root: root.tagName,
          background: root.querySelector(":scope > rect")?.getAttribute("fill"),
          // The halo behind the figure's test line is drawn in this colour; the page's stylesheet is not in the file.
          plotBackground: (root as unknown as SVGSVGElement).style.getPropertyValue("--plot-background"),
          color: root.getAttribute("fill"),
          title: root.querySelector(":scope > text")?.textContent,
          rootTexts: texts(root, ":scope > text"),
          steps: Array.from(chartSvg.querySelectorAll("g[aria-label=line] path"), (p) => p.getAttribute("stroke")),
          bands: chartSvg.querySelectorAll("g.km-ci path").length,
          censorMarks: chartSvg.querySelectorAll("g[aria-label=dot] path").length,
          xTicks: texts(chartSvg, "[aria-label='x-axis tick label'] text"),
          yTicks: texts(chartSvg, "[aria-label='y-axis tick label'] text"),
          axisLabels: [...texts(chartSvg, "[aria-label='x-axis label'] text"), ...texts(chartSvg, "[aria-label='y-axis label'] text")],
          annotation: texts(chartSvg, ".km-annotation tspan, .km-annotation text").join(" "),
          tips: chartSvg.querySelectorAll("[aria-label=tip]").length,
          fontFamily: root.getAttribute("font-family"),
          // The face inside the file: its rules, and the first bytes of each file they inline.
          faces: Array.from(root.querySelectorAll(":scope > style"), (style) => style.textContent ?? "").join(""),
          riskTable: texts(root, "svg.km-risk-table text, svg.km-risk-table tspan")
        };
      }, download.text);
      expect(svg.parseError).toBeNull();
      expect(svg.root).toBe("svg");
      expect(svg.background).toBe("#ffffff");
      expect(svg.plotBackground).toBe("#ffffff");
      expect(svg.color).toBe("#1b1e23");
      expect(svg.title).toBe("Time to progression by treatment arm");
      const labels = comparison.curves.map((c) => c.label);
      expect(svg.rootTexts).toEqual(expect.arrayContaining(labels));
      expect(svg.steps).toEqual(["#0072B2", "#D55E00"]);
      expect(svg.bands).toBe(2);
      expect(svg.censorMarks).toBe(censorTimes);
      expect(svg.xTicks).toEqual(pageTicks);
      expect(svg.xTicks[0]).toBe("0");
      expect(svg.yTicks).toEqual(["0%", "10%", "20%", "30%", "40%", "50%", "60%", "70%", "80%", "90%", "100%"]);
      expect(svg.axisLabels.join(" ")).toMatch(/Months.*Free of progression/);
      expect(svg.annotation).toContain(formatComparisonP(comparison));
      expect(svg.annotation).toContain(`HR ${effects.hazardRatio!.estimate.toFixed(2)} (95% CI`);
      expect(svg.tips).toBe(0);
      expect(svg.fontFamily).toMatch(/^"Source Sans 3 Variable", /);
      const faces = [...svg.faces.matchAll(/@font-face\{font-family:"Source Sans 3 Variable";[^}]*src:url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/g)];
      expect(faces.length, "the latin face, which the figure's text needs").toBeGreaterThanOrEqual(1);
      for (const [, base64] of faces) expect(Buffer.from(base64, "base64").subarray(0, 4).toString()).toBe("wOF2");
      // The legend's items are spaced by their measured width: the same gap after each label, whatever its length.
      const gaps = await themed.evaluate((text) => {
        const holder = document.createElement("div");
        holder.innerHTML = text;
        document.body.append(holder);
        const root = holder.querySelector("svg")!;
        const rects = Array.from(root.querySelectorAll(":scope > rect[width='14']"), (r) => Number(r.getAttribute("x")));
        const labels = Array.from(root.querySelectorAll(":scope > text"), (t) => t as SVGTextElement).filter((t) => rects.some((x) => Number(t.getAttribute("x")) === x + 20));
        const result = labels.slice(0, -1).map((t, i) => rects[i + 1] - (Number(t.getAttribute("x")) + t.getComputedTextLength()));
        holder.remove();
        return result;
      }, download.text);
      expect(gaps.length).toBe(1);
      for (const gap of gaps) expect(gap).toBeGreaterThan(12), expect(gap).toBeLessThan(20);
      expect(svg.riskTable).toEqual(expect.arrayContaining([...labels, "At risk", "Censored", "Events", ...comparison.curves.map((c) => String(c.fit!.n))]));
      await themed.context().close();
    }
  });

  it("renders the PNG at twice the SVG's size, with the figure's content drawn", async () => {
    const svg = await downloadFrom(figure(), "SVG");
    const [width, height] = [/ width="(\d+(?:\.\d+)?)"/, / height="(\d+(?:\.\d+)?)"/].map((re) => Number(re.exec(svg.text)![1]));
    const png = await downloadFrom(figure(), "PNG");
    expect(png.name).toBe("ttp-by-arm.png");
    expect(png.bytes.subarray(1, 4).toString()).toBe("PNG");
    expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([Math.round(2 * width), Math.round(2 * height)]);
    // A blank or legend-only raster compresses to a few kilobytes; the whole figure does not.
    expect(png.bytes.length).toBeGreaterThan(40_000);
    // The text is set in the face the file carries: drawn again from the SVG, the PNG is matched; without the face, it is not.
    const differing = await figure().page().evaluate(
      async ({svg, png}) => {
        const pixels = async (src: string) => {
          const image = new Image();
          image.src = src;
          await image.decode();
          const canvas = document.createElement("canvas");
          [canvas.width, canvas.height] = [image.naturalWidth * (src.startsWith("data:image/png") ? 1 : 2), image.naturalHeight * (src.startsWith("data:image/png") ? 1 : 2)];
          const context = canvas.getContext("2d")!;
          context.drawImage(image, 0, 0, canvas.width, canvas.height);
          return context.getImageData(0, 0, canvas.width, canvas.height).data;
        };
        const asSvg = (text: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
        const downloaded = await pixels(`data:image/png;base64,${png}`);
        const count = (other: Uint8ClampedArray) => downloaded.reduce((n, v, i) => n + (i % 4 === 0 && Math.abs(v - other[i]) > 64 ? 1 : 0), 0);
        return {withFace: count(await pixels(asSvg(svg))), withoutFace: count(await pixels(asSvg(svg.replace(/<style>[\s\S]*?<\/style>/g, ""))))};
      },
      {svg: svg.text, png: png.bytes.toString("base64")}
    );
    expect(differing.withFace).toBe(0);
    expect(differing.withoutFace).toBeGreaterThan(1000);
  });

  it("downloads the curve with its counts at each time, the risk table, and the patients behind the filter as CSV", async () => {
    const {page: filtered} = await site.open("/progression?tumor=carcinoid");
    const chart = filtered.locator(".km-chart").first();
    const subset = distPatients().filter((p) => p.primary_tumor === "carcinoid");
    const {curves} = compareSurvival(subset, {endpoint: "ttp", groupBy: "arm"});

    const curve = csvParse((await downloadFrom(chart, "Curve CSV")).text);
    expect(curve.columns).toEqual(["group", "time_months", "n_risk", "n_event", "n_censor", "surv", "lower", "upper"]);
    for (const {label, fit} of curves) {
      const rows = curve.filter((r) => r.group === label);
      expect(rows.map((r) => Number(r.time_months))).toEqual(Array.from(fit!.time));
      expect(rows.map((r) => [Number(r.n_risk), Number(r.n_event), Number(r.n_censor)])).toEqual(Array.from(fit!.time, (_, i) => [fit!.nRisk[i], fit!.nEvent[i], fit!.nCensor[i]]));
      expect(rows.map((r) => Number(r.surv))).toEqual(Array.from(fit!.surv));
      expect(new Set(rows.map((r) => r.time_months)).size).toBe(rows.length);
    }

    const risk = csvParse((await downloadFrom(chart, "Risk table CSV")).text);
    expect(risk.columns).toEqual(["group", "time_months", "n_risk", "cum_censored", "cum_events"]);
    const shown = await chart.locator("svg.km-risk-table g[font-variant=tabular-nums] tspan").allTextContents();
    for (const {label, fit} of curves) {
      const rows = risk.filter((r) => r.group === label);
      expect(rows[0]).toMatchObject({time_months: "0", n_risk: String(fit!.n)});
      const last = rows[rows.length - 1];
      expect(Number(last.cum_events) + Number(last.cum_censored)).toBe(fit!.n);
      for (const r of rows) expect(shown).toContain(r.n_risk);
    }

    const patients = csvParse((await downloadFrom(chart, "Patients CSV")).text);
    expect(patients.map((r) => r.id)).toEqual(subset.map((p) => p.id));
    expect(patients.every((r) => r.primary_tumor === "carcinoid")).toBe(true);
    expect(patients.length).toBeLessThan(distPatients().length);
    await filtered.context().close();
  });
});

async function downloadFrom(scope: Locator, label: string): Promise<{name: string; text: string; bytes: Buffer}> {
  const [download] = await Promise.all([scope.page().waitForEvent("download"), scope.getByRole("button", {name: label, exact: true}).click()]);
  const bytes = readFileSync((await download.path())!);
  return {name: download.suggestedFilename(), text: bytes.toString("utf8"), bytes};
}

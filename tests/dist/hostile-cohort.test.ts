// Supplied ids are data, never code or layout. Ids shaped like numbers,
// booleans and dates stay 67 distinct patients on every page; ids made of
// markup, formula-like text, right-to-left script or the longest allowed
// length run nothing, widen no page and reach the build log intact; ids with
// control characters fail the build with a message that carries none of them.
import {spawnSync} from "node:child_process";
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvFormatRows, csvParseRows} from "d3";
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {showUnquoted} from "../../data-loaders/cohort-input/show-value.js";
import {serveDist} from "../../scripts/serve-dist.js";
import {launchChromium} from "../browser/chromium.js";
import {openPage, PHONE} from "../browser/page-session.js";
import {sitePages} from "../browser/site-pages.js";
import {REFERENCE_COHORT_DIR} from "../reconstruction/reference-cohort.js";

const work = mkdtempSync(join(tmpdir(), "hostile-"));
afterAll(() => rmSync(work, {recursive: true, force: true}));

/** A copy of `from` in a new directory with each patient's id replaced by `ids[i]` (and `edit` applied to each patient row). */
function renamedCohort(name: string, from: string, ids: string[], edit: (row: Record<string, string>) => void = () => {}): string {
  const dir = join(work, name);
  mkdirSync(dir);
  const [header, ...rows] = csvParseRows(readFileSync(join(from, "patients.csv"), "utf8"));
  const rename = new Map(rows.map((row, i) => [row[0], ids[i]]));
  if (rename.size !== ids.length) throw new Error(`${from} has ${rename.size} patients, not ${ids.length}`);
  const patients = rows.map((row) => {
    const named = Object.fromEntries(header.map((c, j) => [c, row[j]]));
    edit(named);
    named.id = rename.get(row[0])!;
    return header.map((c) => named[c]);
  });
  writeFileSync(join(dir, "patients.csv"), csvFormatRows([header, ...patients]) + "\n");
  const [pheader, ...procedures] = csvParseRows(readFileSync(join(from, "procedures.csv"), "utf8"));
  writeFileSync(join(dir, "procedures.csv"), csvFormatRows([pheader, ...procedures.map(([id, ...rest]) => [rename.get(id)!, ...rest])]) + "\n");
  return dir;
}

// Framework colours its log under CI=true; without colours, any control character in the log came from the data.
function build(cohortDir: string, output: string) {
  const result = spawnSync("npm", ["run", "build"], {encoding: "utf8", env: {...process.env, COHORT_DIR: cohortDir, PUBLISH_ROWS: "1", SITE_OUTPUT: output, NO_COLOR: "1"}});
  return {status: result.status, log: result.stdout + result.stderr};
}

/** The page's main text without the note that says where the data came from. */
const mainText = (page: Page) =>
  page.locator("#observablehq-main").evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    for (const note of copy.querySelectorAll(".data-source")) note.remove();
    document.body.append(copy);
    const text = copy.innerText;
    copy.remove();
    return text;
  });

// d3.autoType would read every one of these as a number, a boolean, a date or null.
const TYPE_SHAPED = ["1", "01", "001", "1.0", "1.00", "1e0", "1E0", "10e-1", "0.1e1", "1.", "true", "false", "TRUE", "NaN", "null", "2020-01-01", "2020-01-01T00:00", "2020-01-01T00:00Z", "Infinity", "0"];
const typeShapedIds = Array.from({length: 67}, (_, i) => TYPE_SHAPED[i] ?? String(i).padStart(2 + (i % 3), "0") + (i % 2 ? ".0" : ""));

describe("ids shaped like numbers, booleans and dates", () => {
  const output = join(work, "type-shaped-site");
  let built: {status: number | null; log: string};
  beforeAll(() => {
    built = build(renamedCohort("type-shaped", REFERENCE_COHORT_DIR, typeShapedIds), output);
  }, 300_000);

  it("are 67 distinct ids", () => expect(new Set(typeShapedIds).size).toBe(67));

  it("leave every page showing what the same cohort under its own ids shows", async () => {
    expect(built.status, built.log).toBe(0);
    const [renamed, reference] = await Promise.all([serveDist(output), serveDist("dist")]);
    const browser = await launchChromium();
    try {
      const overview = await openPage(browser, renamed.url, "/");
      const cards = await overview.page.locator(".card .big").allTextContents();
      expect(cards.slice(0, 2)).toEqual(["67", "219"]);
      for (const {path} of sitePages.filter((p) => p.path !== "/reproduction")) {
        const [a, b] = await Promise.all([openPage(browser, renamed.url, path), openPage(browser, reference.url, path)]);
        expect(a.pageErrors, path).toEqual([]);
        expect(await mainText(a.page), path).toBe(await mainText(b.page));
        await Promise.all([a.page.context().close(), b.page.context().close()]);
      }
    } finally {
      await browser.close();
      renamed.server.close();
      reference.server.close();
    }
  }, 180_000);
});

// Each id is shown on /reproduction: every patient's retreated flag is made to disagree with its counts.
const HOSTILE = [
  `<img src=x onerror="window.__injected=1">`,
  `<script>window.__injected=2</script>`,
  `"><svg onload=window.__injected=3>`,
  `x=HYPERLINK("http://example.invalid")`,
  "a@b+c-d",
  "مريض ١٢",
  "חולה 7",
  "W".repeat(64),
  "&amp;&lt;b&gt;",
  "${window.__injected=4}",
  "P,with \"quotes\"",
  "{{constructor.constructor('window.__injected=5')()}}"
];

describe("ids made of markup, formulas, right-to-left script and the longest allowed length", () => {
  const output = join(work, "hostile-site");
  let built: {status: number | null; log: string};
  beforeAll(() => {
    const flip = (row: Record<string, string>) => (row.retreated = row.retreated === "1" ? "0" : "1");
    built = build(renamedCohort("hostile", "tests/fixtures/cohorts/small", HOSTILE, flip), output);
  }, 300_000);

  it("build, and the log shows each id as text", () => {
    expect(built.status, built.log).toBe(0);
    expect(built.log).toContain("warning: 12 patients break retreated_matches_procedures");
    for (const id of HOSTILE.slice(0, 10)) expect(built.log).toContain(`id ${showUnquoted(id)}, columns retreated`);
    expect(built.log).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it("run no markup and widen no page at 390 or 1280 px", async () => {
    const {server, url} = await serveDist(output);
    const browser = await launchChromium();
    try {
      for (const viewport of [PHONE, {width: 1280, height: 900}]) {
        for (const {path} of sitePages) {
          const session = await openPage(browser, url, path, {viewport});
          const {page} = session;
          const label = `${path} at ${viewport.width} px`;
          expect(session.pageErrors, label).toEqual([]);
          expect(await page.evaluate(() => (window as {__injected?: number}).__injected), label).toBeUndefined();
          expect(await page.locator("#observablehq-main img[src='x'], #observablehq-main script:not([type]), #observablehq-main svg[onload]").count(), label).toBe(0);
          const widths = await page.evaluate(() => ({page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth}));
          expect(widths.page, label).toBeLessThanOrEqual(widths.viewport);
          if (path === "/reproduction") {
            const listed = await page.locator("#observablehq-main").innerText();
            for (const id of HOSTILE.slice(0, 10)) expect(listed, `${label}: ${id}`).toContain(`id ${showUnquoted(id)}, columns retreated`);
          }
          await page.context().close();
        }
      }
    } finally {
      await browser.close();
      server.close();
    }
  }, 240_000);
});

describe("ids with control characters", () => {
  it("fail the build, and the message shows them escaped", () => {
    const ids = ["P\u001b[31mred", ...Array.from({length: 11}, (_, i) => `Q${i}`)];
    const {status, log} = build(renamedCohort("control", "tests/fixtures/cohorts/small", ids), join(work, "control-site"));
    expect(status).toBe(1);
    expect(log).toContain("patients.csv row 1 (line 2), column id:");
    expect(log).toContain("\\u001b[31mred");
    expect(log).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  }, 120_000);
});

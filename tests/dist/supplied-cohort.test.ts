// Real data drop-in, end to end: the whole site builds from a small supplied
// cohort and says so on every page; an invalid cohort fails the build with
// the validator's message and publishes nothing.
import {spawnSync} from "node:child_process";
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {serveDist} from "../../scripts/serve-dist.js";
import {launchChromium} from "../browser/chromium.js";
import {openPage, settle, type PageSession} from "../browser/page-session.js";
import {sitePages} from "../browser/site-pages.js";

const FIXTURE = "tests/fixtures/cohorts/small";

function build(cohortDir: string, output: string) {
  const result = spawnSync("npm", ["run", "build"], {encoding: "utf8", env: {...process.env, COHORT_DIR: cohortDir, PUBLISH_ROWS: "1", SITE_OUTPUT: output}});
  return {status: result.status, log: result.stdout + result.stderr};
}

const builtFile = (output: string, name: string, ext: string) => {
  const dir = join(output, "_file", "data");
  const file = readdirSync(dir).find((f) => f.startsWith(`${name}.`) && f.endsWith(`.${ext}`));
  return readFileSync(join(dir, file!), "utf8");
};

/** Builds the site from `fixture` once for the enclosing describe block, and removes it afterwards. */
function suppliedSite(fixture: string): {output: string; built: () => {status: number | null; log: string}} {
  const output = mkdtempSync(join(tmpdir(), "site-supplied-"));
  let result: {status: number | null; log: string};
  beforeAll(() => {
    result = build(fixture, output);
  }, 300_000);
  afterAll(() => rmSync(output, {recursive: true, force: true}));
  return {output, built: () => result};
}

/** Serves the built site and opens `paths` in Chromium, one at a time; a page error fails the test. */
async function forEachPage(output: string, check: (session: PageSession, path: string) => Promise<void>, paths = sitePages.map((p) => p.path)): Promise<void> {
  const {server, url} = await serveDist(output);
  const browser = await launchChromium();
  try {
    for (const path of paths) {
      const session = await openPage(browser, url, path);
      await check(session, path);
      expect(session.pageErrors, path).toEqual([]);
      await session.page.context().close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

describe("a supplied cohort", () => {
  const {output, built} = suppliedSite(FIXTURE);

  it("builds the whole site from the supplied rows", () => {
    const {status, log} = built();
    expect(status, log).toBe(0);
    for (const {path} of sitePages) expect(existsSync(join(output, path === "/" ? "index.html" : `${path.slice(1)}.html`))).toBe(true);
    expect(builtFile(output, "patients", "csv")).toBe(readFileSync(join(FIXTURE, "patients.csv"), "utf8"));
    expect(builtFile(output, "procedures", "csv")).toBe(readFileSync(join(FIXTURE, "procedures.csv"), "utf8"));
    const source = JSON.parse(builtFile(output, "cohort-source", "json"));
    expect(source).toMatchObject({kind: "supplied", patients: 12, procedures: 32});
  });

  it("says on every page that it shows supplied data, without errors", async () => {
    await forEachPage(output, async ({page}, path) => {
      expect(await page.locator(".data-source").first().textContent(), path).toMatch(/^Supplied data:/);
      expect(await page.locator(".observablehq--error").allTextContents(), path).toEqual([]);
      if (path === "/reproduction") {
        // Supplied rows were not searched or fitted: the page must not say they were.
        const text = await page.locator("#observablehq-main").innerText();
        expect(text).toContain("This build shows supplied patient rows, not a reconstruction");
        expect(text).not.toMatch(/Held-out checks|seeded search|used by the reconstruction's search/);
        expect(text).toContain("Every patient keeps all 6 definitions below.");
      }
    });
  }, 180_000);
});

// One arm, carcinoid tumours only, nobody assessed at 1 month: every page must
// cope with empty groups, an empty filter result and no response data. One
// patient is flagged retreated with no procedure after the initial cycle: the
// build keeps the row, warns, and every page points to it.
const SPARSE = "tests/fixtures/cohorts/sparse";

describe("a sparse supplied cohort", () => {
  const {output, built} = suppliedSite(SPARSE);

  it("builds with a warning for the row that breaks a definition, and every page points to it", async () => {
    const {status, log} = built();
    expect(status, log).toBe(0);
    expect(log).toContain("warning: 1 patient breaks retreated_matches_procedures: retreated is 1 exactly when");
    expect(log).toContain("  patients.csv row 2 (line 3), id P02, columns retreated, procedures_initial_cycle, procedures_total: 1, 2, 2");
    await forEachPage(output, async ({page}, path) => {
      const note = page.locator(".data-source").first();
      expect(await note.textContent(), path).toContain("Some rows break the paper's definitions: retreatment flag disagrees with the procedure counts (1 patient); see which.");
      expect(await note.locator("a").getAttribute("href"), path).toBe("./reproduction#definition-checks");
      if (path === "/reproduction") {
        const rows = page.locator("h2#definition-checks + p + table tbody tr");
        expect(await rows.count()).toBe(6);
        const broken = rows.filter({hasText: "Retreatment flag disagrees"});
        expect(await broken.locator("td").allTextContents()).toEqual([
          expect.stringContaining("retreated is 1 exactly when"),
          "1",
          "patients.csv row 2 (line 3), id P02, columns retreated, procedures_initial_cycle, procedures_total: 1, 2, 2"
        ]);
      }
    });
  }, 180_000);

  it("links every page's data note to the list, scrolled into view", async () => {
    await forEachPage(
      output,
      async ({page}) => {
        await page.locator(".data-source a").click();
        await page.waitForURL(/\/reproduction#definition-checks$/);
        const heading = page.locator("#definition-checks");
        await expect.poll(() => heading.isVisible()).toBe(true);
        // At the top of the window, give or take the heading's scroll margin.
        await expect.poll(() => heading.evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(100);
        expect(await heading.evaluate((h) => h.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
        expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      },
      ["/survival"]
    );
  }, 60_000);

  it("tells an arm without patients from a median not reached, on the overview", async () => {
    await forEachPage(
      output,
      async ({page}) => {
        const card = (title: string) => page.locator(".card", {has: page.locator("h2", {hasText: title})}).first();
        // Nobody was assessed for progression, and nobody had bland embolization; of 3 survival times, 1 event: not reached.
        expect(await card("Median TTP").locator(".big").textContent()).toBe("no patients");
        expect(await card("Median TTP").locator("p").textContent()).toMatch(/^no bland embolization patients under these filters\. No group has patients under these filters: no comparison\.$/);
        expect(await card("Median survival").locator(".big").textContent()).toBe("not reached");
        expect(await card("Median survival").locator("p").textContent()).toMatch(/^no bland embolization patients under these filters\. Only Chemoembolization has patients under these filters: no comparison\.$/);
        expect(await card("Procedures").locator("p").textContent()).toBe("0 deaths within 30 days");
        const prose = await page.locator("#observablehq-main").innerText();
        expect(prose).not.toContain("not reached after bland embolization");
        expect(prose).toMatch(/interaction test asks \(see Progression\)\. Fewer than 5 patients in [^.]+ under these filters: no interaction test, since it would turn on one or two patients\. The reproduction page/);
      },
      ["/"]
    );
  }, 60_000);

  it("gives each note as its own sentence, counts of one in the singular and no family of zero tests, on every page", async () => {
    await forEachPage(output, async ({page}, path) => {
      const text = await page.locator("#observablehq-main").innerText();
      // A note ("No bland embolization patients under these filters: no comparison") read "…after bland embolization; No bland …".
      expect(text.match(/; (No|Fewer|Only) [^\n]{0,60}/g) ?? [], path).toEqual([]);
      expect(text.match(/\b1 (deaths|patients|procedures)\b/g) ?? [], path).toEqual([]);
      expect(text.match(/\b(0 distinct tests|1 distinct tests)\b/g) ?? [], path).toEqual([]);
      // A sentence that runs on into a note after a colon, or ends twice; a short label before a colon ("Tumour type: Only one level …") is a list item.
      expect(text.match(/[^\n]{0,40}(?<!\.)\.\.(?!\.)[^\n]{0,40}|[^\n]{40,}: (No|Fewer|Only) [^\n]{0,40}/g) ?? [], path).toEqual([]);
    });
  }, 120_000);

  it("survives every choice of every control on every page", async () => {
    await forEachPage(output, async ({page}, path) => {
      const errors = async (after: string) => {
        await settle(page);
        expect(await page.locator(".observablehq--error").allTextContents(), `${path}, ${after}`).toEqual([]);
      };
      await errors("on load");
      const main = page.locator("#observablehq-main");
      const radios = main.locator("form input[type=radio]");
      for (let i = 0; i < (await radios.count()); ++i) {
        await radios.nth(i).check();
        await errors(`radio ${await radios.nth(i).evaluate((e) => e.parentElement?.textContent?.trim())}`);
      }
      const selects = main.locator("form select");
      for (let i = 0; i < (await selects.count()); ++i) {
        const values = await selects.nth(i).locator("option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
        for (const value of values) {
          await selects.nth(i).selectOption(value);
          await errors(`select option ${value}`);
        }
      }
    });
  }, 300_000);
});

describe("an invalid supplied cohort", () => {
  it("fails the build with the validator's message and publishes nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "cohort-bad-"));
    const output = join(mkdtempSync(join(tmpdir(), "site-bad-")), "dist");
    cpSync(FIXTURE, dir, {recursive: true});
    const lines = readFileSync(join(dir, "procedures.csv"), "utf8").split("\n");
    lines[2] = lines[2].replace(/^[^,]+/, "P99");
    writeFileSync(join(dir, "procedures.csv"), lines.join("\n"));
    const {status, log} = build(dir, output);
    expect(status).not.toBe(0);
    expect(log).toContain('procedures.csv row 2 (line 3), column patient_id: "P99"');
    expect(existsSync(output)).toBe(false);
    expect(existsSync(`${output}.staging`)).toBe(false);
  }, 300_000);
});

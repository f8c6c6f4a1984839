// A supplied cohort publishes counts, not patients: built from a copy of the
// reconstruction under ids found nowhere else, the default (aggregate) site
// holds no file with any of them, its patients.csv and procedures.csv are
// the header alone and its risk table is the reconstruction's; PUBLISH_ROWS=1
// publishes the rows; COHORT_AGGREGATES builds the same site from that table
// as a CSV, without any rows, compares with the paper every printed number
// the counts determine, as the rows do, and shows /trial-design's cohort as
// the rows' statistics show it.
import {spawnSync} from "node:child_process";
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvFormat, csvParse} from "d3";
import {afterAll, describe, expect, it} from "vitest";
import {published} from "./published-file.js";
import {riskTableCounts} from "../../src/lib/analysis/risk-table-columns.js";
import {launchChromium} from "../browser/chromium.js";
import {openPage} from "../browser/page-session.js";
import {serveDist} from "../../scripts/serve-dist.js";
import {REFERENCE_COHORT_DIR} from "../reconstruction/reference-cohort.js";

const work = mkdtempSync(join(tmpdir(), "aggregate-publication-"));
afterAll(() => rmSync(work, {recursive: true, force: true}));

const cohort = join(work, "hospital");
mkdirSync(cohort);
const rename = (text: string) => text.replace(/^P(\d{3}),/gm, "QzHosp$1x,");
writeFileSync(join(cohort, "patients.csv"), rename(readFileSync(join(REFERENCE_COHORT_DIR, "patients.csv"), "utf8")));
writeFileSync(join(cohort, "procedures.csv"), rename(readFileSync(join(REFERENCE_COHORT_DIR, "procedures.csv"), "utf8")));
const ids = csvParse(readFileSync(join(cohort, "patients.csv"), "utf8")).map((p) => p.id!);

function build(output: string, env: Record<string, string>) {
  const full: Record<string, string | undefined> = {...process.env, SITE_OUTPUT: output, ...env};
  for (const name of ["COHORT_DIR", "COHORT_AGGREGATES", "PUBLISH_ROWS", "MIN_CELL"]) if (!(name in env)) delete full[name];
  const result = spawnSync("npm", ["run", "build"], {encoding: "utf8", env: full});
  return {status: result.status, log: result.stdout + result.stderr};
}

/** The files of the built site that hold any of the ids, with the first id found. */
function leaks(dir: string): string[] {
  return readdirSync(dir, {recursive: true, encoding: "utf8"})
    .map((path) => join(dir, path))
    .filter((path) => statSync(path).isFile())
    .flatMap((path) => {
      const text = readFileSync(path, "latin1");
      const id = ids.find((x) => text.includes(x));
      return id ? [`${path}: ${id}`] : [];
    });
}

describe("a supplied cohort in aggregate mode", () => {
  const aggregates = join(work, "aggregates-site");
  let table = "";
  const fromAggregates = join(work, "from-aggregates-site");
  let rowsFidelity: {rows: {id: string; status: string; reconstructedText: string | null}[]} | null = null;

  it("publishes no file containing a patient id, and the risk table of its rows", () => {
    expect(ids).toHaveLength(67);
    const {status, log} = build(aggregates, {COHORT_DIR: cohort});
    expect(status, log).toBe(0);
    expect(leaks(aggregates)).toEqual([]);
    expect(published(aggregates, "patients").trim().split("\n")).toHaveLength(1);
    expect(published(aggregates, "procedures").trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(published(aggregates, "cohort-source"))).toMatchObject({kind: "supplied", patients: 67, publication: {rows: false, minCell: null}});
    const riskTable = JSON.parse(published(aggregates, "risk-table"));
    expect(riskTable.suppressed).toEqual([]);
    const os = riskTableCounts(riskTable.columns).filter((r: {endpoint: string}) => r.endpoint === "os_embolization");
    expect(os.reduce((n: number, r: {events: number; censored: number}) => n + r.events + r.censored, 0)).toBe(67);
    table = csvFormat(riskTableCounts(riskTable.columns)) + "\n";
    rowsFidelity = JSON.parse(published(aggregates, "fidelity"));
  }, 600_000);

  it("publishes the rows with PUBLISH_ROWS=1", () => {
    const output = join(work, "rows-site");
    const {status, log} = build(output, {COHORT_DIR: cohort, PUBLISH_ROWS: "1"});
    expect(status, log).toBe(0);
    const patients = published(output, "patients");
    expect(ids.every((id) => patients.includes(`\n${id},`))).toBe(true);
  }, 600_000);

  it("builds from the risk table alone with COHORT_AGGREGATES, to the same published table", () => {
    expect(table).not.toBe("");
    const dir = join(work, "registry");
    mkdirSync(dir);
    writeFileSync(join(dir, "risk-table.csv"), table);
    const output = fromAggregates;
    const {status, log} = build(output, {COHORT_AGGREGATES: dir});
    expect(status, log).toBe(0);
    expect(csvFormat(riskTableCounts(JSON.parse(published(output, "risk-table")).columns)) + "\n").toBe(table);
    expect(JSON.parse(published(output, "cohort-source"))).toMatchObject({kind: "supplied", dir: "registry", patients: 67, aggregatesOnly: true});
    expect(published(output, "patients").trim().split("\n")).toHaveLength(1);
    const fidelity = JSON.parse(published(output, "fidelity"));
    const fromRows = new Map(rowsFidelity!.rows.map((r) => [r.id, r]));
    const evaluated = fidelity.rows.filter((r: {status: string}) => r.status !== "not_evaluable");
    expect(evaluated.length).toBeGreaterThan(100);
    for (const r of evaluated) expect([r.id, r.status, r.reconstructedText]).toEqual([r.id, fromRows.get(r.id)!.status, fromRows.get(r.id)!.reconstructedText]);
    expect(fidelity.rows.find((r: {id: string}) => r.id === "table1.pain.total")).toMatchObject({status: "not_evaluable", reason: expect.stringContaining("needs patient rows")});
  }, 600_000);

  it("shows every page of the site from aggregates without an error, each saying it holds counts, /reproduction the counts' comparison", async () => {
    const fidelity = JSON.parse(published(fromAggregates, "fidelity"));
    const {server, url} = await serveDist(fromAggregates);
    const browser = await launchChromium();
    try {
      for (const path of ["/", "/cohort", "/progression", "/survival", "/reproduction"]) {
        const {page, pageErrors} = await openPage(browser, url, path);
        expect(pageErrors, path).toEqual([]);
        expect(await page.locator(".observablehq--error").count(), path).toBe(0);
        expect(await page.locator("p.data-source").first().innerText(), path).toBe("Supplied counts: a risk table of 67 patients, computed where their rows are kept and read from the directory given at build time; this build holds no patient rows.");
        if (path === "/reproduction") {
          const main = await page.locator("main").innerText();
          expect(main).toContain(`Reproduced\n${fidelity.summary.reproduced} of ${fidelity.summary.total}`);
          expect(main).toContain("Comparison: the supplied risk table against the paper.");
        }
        await page.context().close();
      }
    } finally {
      await browser.close();
      server.close();
    }
  }, 120_000);

  it("shows /trial-design's cohort from the counts as the rows' statistics show it", async () => {
    const sites = await Promise.all([aggregates, fromAggregates].map((dir) => serveDist(dir)));
    const browser = await launchChromium();
    try {
      const [fromRows, fromCounts] = await Promise.all(sites.map(async ({url}) => {
        const {page, pageErrors} = await openPage(browser, url, "/trial-design?endpoint=os_embolization");
        await page.getByTestId("design-table").waitFor();
        const shown = {errors: pageErrors, observed: await page.getByTestId("observed").innerText(), design: await page.getByTestId("design-table").innerText(), ph: await page.getByTestId("proportional-hazards").innerText()};
        await page.context().close();
        return shown;
      }));
      expect(fromCounts.errors).toEqual([]);
      expect(fromCounts.observed).toMatch(/Hazard ratio of OS, chemoembolization vs bland embolization: \d/);
      expect(fromCounts.observed).toContain("Kaplan–Meier curve of the 23 bland-embolization patients");
      expect(fromCounts).toEqual(fromRows);
    } finally {
      await browser.close();
      for (const {server} of sites) server.close();
    }
  }, 120_000);
});

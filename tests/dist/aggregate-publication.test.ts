// A supplied cohort publishes counts, not patients: built from a copy of the
// reconstruction under ids found nowhere else, the default (aggregate) site
// holds no file with any of them, its patients.csv and procedures.csv are
// the header alone and its risk table is the reconstruction's; PUBLISH_ROWS=1
// publishes the rows; COHORT_AGGREGATES builds the same site from that table
// as a CSV, without any rows.
import {spawnSync} from "node:child_process";
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvFormat, csvParse} from "d3";
import {afterAll, describe, expect, it} from "vitest";
import {published} from "./published-file.js";
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
    const os = riskTable.rows.filter((r: {endpoint: string}) => r.endpoint === "os_embolization");
    expect(os.reduce((n: number, r: {events: number; censored: number}) => n + r.events + r.censored, 0)).toBe(67);
    table = csvFormat(riskTable.rows) + "\n";
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
    const output = join(work, "from-aggregates-site");
    const {status, log} = build(output, {COHORT_AGGREGATES: dir});
    expect(status, log).toBe(0);
    expect(csvFormat(JSON.parse(published(output, "risk-table")).rows) + "\n").toBe(table);
    expect(JSON.parse(published(output, "cohort-source"))).toMatchObject({kind: "supplied", dir: "registry", patients: 67, aggregatesOnly: true});
    expect(published(output, "patients").trim().split("\n")).toHaveLength(1);
  }, 600_000);
});

// A build publishes exactly what its inputs say, every time, with no cache
// clearing by hand: the reconstruction, then a supplied cohort, then that
// cohort edited in place, then the reconstruction again, byte for byte the
// first, all through the one shared loader cache. A bad COHORT_DIR publishes
// nothing, and a build killed mid-way leaves nothing behind that the next
// build does not clean up.
import {spawnSync} from "node:child_process";
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvFormat, csvParse} from "d3";
import {afterAll, describe, expect, it} from "vitest";
import {published} from "./published-file.js";

const SMALL = "tests/fixtures/cohorts/small";
const work = mkdtempSync(join(tmpdir(), "publication-"));
afterAll(() => rmSync(work, {recursive: true, force: true}));

function build(output: string, cohortDir?: string) {
  const env: Record<string, string | undefined> = {...process.env, SITE_OUTPUT: output, COHORT_DIR: cohortDir, PUBLISH_ROWS: "1"};
  if (cohortDir === undefined) delete env.COHORT_DIR;
  const result = spawnSync("npm", ["run", "build"], {encoding: "utf8", env});
  return {status: result.status, log: result.stdout + result.stderr};
}

/** Every file of the built site as text, with its path. */
function everyFile(dir: string): {path: string; text: string}[] {
  return readdirSync(dir, {recursive: true, encoding: "utf8"})
    .map((path) => join(dir, path))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({path, text: readFileSync(path, "latin1")}));
}

// The small fixture under ids no reconstruction has, so a leak is a plain substring.
const hospital = join(work, "hospital-cohort");
mkdirSync(hospital);
for (const name of ["patients.csv", "procedures.csv"]) writeFileSync(join(hospital, name), readFileSync(join(SMALL, name), "utf8").replace(/\bP(\d\d)\b/g, "Hosp$1"));
const suppliedPatients = () => readFileSync(join(hospital, "patients.csv"), "utf8");

describe("four builds in a row through one loader cache", () => {
  const outputs = ["default", "supplied", "edited", "default-again"].map((name) => join(work, name));
  const logs: string[] = [];

  it("publishes the reconstruction", () => {
    const {status, log} = build(outputs[0]);
    logs.push(log);
    expect(status, log).toBe(0);
    expect(JSON.parse(published(outputs[0], "cohort-source"))).toMatchObject({kind: "reconstructed", patients: 67, procedures: 219});
    expect(published(outputs[0], "patients").split("\n")[1]).toMatch(/^P001,/);
  }, 300_000);

  it("then the supplied cohort, naming only its directory's base name", () => {
    const {status, log} = build(outputs[1], hospital);
    expect(status, log).toBe(0);
    expect(published(outputs[1], "patients")).toBe(suppliedPatients());
    expect(published(outputs[1], "procedures")).toBe(readFileSync(join(hospital, "procedures.csv"), "utf8"));
    expect(JSON.parse(published(outputs[1], "cohort-source"))).toMatchObject({kind: "supplied", dir: "hospital-cohort", patients: 12, procedures: 32});
    expect(JSON.parse(published(outputs[1], "fidelity")).source).toEqual({kind: "supplied", dir: "hospital-cohort"});
    for (const {path, text} of everyFile(outputs[1])) expect(text.includes(work), path).toBe(false);
  }, 300_000);

  it("then the same cohort edited in place", () => {
    writeFileSync(join(hospital, "patients.csv"), suppliedPatients().replace(/^Hosp01,chemoembolization,F,52,/m, "Hosp01,chemoembolization,F,57,"));
    const {status, log} = build(outputs[2], hospital);
    expect(status, log).toBe(0);
    expect(published(outputs[2], "patients")).toContain("Hosp01,chemoembolization,F,57,");
    expect(published(outputs[2], "patients")).toBe(suppliedPatients());
  }, 300_000);

  it("then the reconstruction again, with nothing of the supplied cohort anywhere", () => {
    const {status, log} = build(outputs[3]);
    expect(status, log).toBe(0);
    for (const name of ["patients", "procedures", "cohort-source", "fidelity"]) expect(published(outputs[3], name), name).toBe(published(outputs[0], name));
    // Byte for byte the first build's site, though every cohort file was written again since (the pages' file times are pinned).
    const relative = (dir: string) => everyFile(dir).map(({path, text}) => ({path: path.slice(dir.length), text}));
    expect(relative(outputs[3])).toEqual(relative(outputs[0]));
    for (const {path, text} of everyFile(outputs[3])) {
      expect(text.includes("Hosp0"), path).toBe(false);
      expect(text.includes("hospital-cohort"), path).toBe(false);
    }
  }, 300_000);
});

describe("a build that cannot use its inputs", () => {
  it("fails on a missing COHORT_DIR, says why, and leaves the published site as it was", () => {
    const output = join(work, "kept");
    mkdirSync(output);
    writeFileSync(join(output, "index.html"), "the site published before");
    const {status, log} = build(output, "/nonexistent");
    expect(status).toBe(1);
    expect(log).toContain("COHORT_DIR=/nonexistent: no such directory");
    expect(log).toContain(`build failed: nothing was published (${output}/ is unchanged)`);
    expect(readFileSync(join(output, "index.html"), "utf8")).toBe("the site published before");
  }, 120_000);

  it("fails on a bad cell and says why last, once, after Framework's own lines", () => {
    const dir = join(work, "bad-cell");
    mkdirSync(dir);
    const rows = csvParse(readFileSync(join(SMALL, "patients.csv"), "utf8"));
    rows[1].ttp_months = "2019-03-14";
    writeFileSync(join(dir, "patients.csv"), csvFormat(rows, rows.columns) + "\n");
    cpSync(join(SMALL, "procedures.csv"), join(dir, "procedures.csv"));
    const {status, log} = build(join(work, "bad-cell-site"), dir);
    expect(status).toBe(1);
    const tail = log.trimEnd().split("\n").slice(-3);
    expect(tail[0]).toBe("The build stopped on its input:");
    expect(tail[1]).toMatch(/^patients\.csv row 2 \(line 3\), column ttp_months: "2019-03-14" is not a number/);
    expect(tail[2]).toBe("build failed: nothing was published");
    expect(existsSync(join(work, "bad-cell-site"))).toBe(false);
  }, 300_000);

  it("fails on a directory without both files", () => {
    const dir = join(work, "half");
    mkdirSync(dir);
    cpSync(join(SMALL, "patients.csv"), join(dir, "patients.csv"));
    const {status, log} = build(join(work, "half-site"), dir);
    expect(status).toBe(1);
    expect(log).toContain(`COHORT_DIR=${dir} has no procedures.csv`);
    expect(existsSync(join(work, "half-site"))).toBe(false);
  }, 120_000);

  it("cleans up after a build killed mid-way, putting back a site it had set aside", () => {
    const output = join(work, "killed");
    // A build killed between its two renames: the old site aside, the new one still staged.
    mkdirSync(`${output}.previous`);
    writeFileSync(join(`${output}.previous`, "index.html"), "the site published before");
    mkdirSync(`${output}.staging`);
    writeFileSync(join(`${output}.staging`, "index.html"), "half a build");
    const {status} = build(output, "/nonexistent");
    expect(status).toBe(1);
    expect(readFileSync(join(output, "index.html"), "utf8")).toBe("the site published before");
    expect(existsSync(`${output}.staging`)).toBe(false);
    expect(existsSync(`${output}.previous`)).toBe(false);
  }, 120_000);
});

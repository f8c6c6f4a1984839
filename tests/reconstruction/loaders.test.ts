// The loader entry points as the build runs them: separate processes, data on
// stdout, logs on stderr, exit status 1 on a bad supplied cohort.
import {spawnSync} from "node:child_process";
import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {basename, join} from "node:path";
import {describe, expect, it} from "vitest";
import {PLAN} from "../../data-loaders/reconstruction/cohort-plan.js";
import {REFERENCE_COHORT_DIR} from "./reference-cohort.js";

function run(loader: string, env: Record<string, string> = {}) {
  const result = spawnSync("npx", ["tsx", `src/data/${loader}`], {encoding: "utf8", env: {...process.env, ...env}});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe("loaders with a supplied cohort (COHORT_DIR)", () => {
  it("pass a valid cohort through unchanged and say it is supplied", () => {
    const patients = run("patients.csv.ts", {COHORT_DIR: REFERENCE_COHORT_DIR, PUBLISH_ROWS: "1"});
    expect(patients.status).toBe(0);
    expect(patients.stdout).toBe(readFileSync(join(REFERENCE_COHORT_DIR, "patients.csv"), "utf8"));
    const source = run("cohort-source.json.ts", {COHORT_DIR: REFERENCE_COHORT_DIR, PUBLISH_ROWS: "1"});
    const {definitionChecks, ...described} = JSON.parse(source.stdout);
    expect(described).toEqual({kind: "supplied", dir: basename(REFERENCE_COHORT_DIR), patients: 67, procedures: 219, generatedBy: "data-loaders/read-cohort.ts (validated supplied data)", publication: {rows: true, minCell: null}});
    expect(definitionChecks.map((c: {count: number}) => c.count)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(source.stderr).not.toContain("warning");
  }, 60_000);

  it("publish only the header of a valid cohort by default, having validated it", () => {
    const patients = run("patients.csv.ts", {COHORT_DIR: REFERENCE_COHORT_DIR});
    expect(patients.status).toBe(0);
    expect(patients.stdout).toBe(`${readFileSync(join(REFERENCE_COHORT_DIR, "patients.csv"), "utf8").split("\n")[0]}\n`);
  }, 60_000);

  it("label the fidelity comparison as supplied", () => {
    const fidelity = run("fidelity.json.ts", {COHORT_DIR: REFERENCE_COHORT_DIR});
    expect(fidelity.status).toBe(0);
    const report = JSON.parse(fidelity.stdout);
    expect(report.source).toEqual({kind: "supplied", dir: basename(REFERENCE_COHORT_DIR)});
    expect(fidelity.stdout).not.toContain(process.cwd());
    expect(new Set(report.rows.map((r: {role: string}) => r.role))).toEqual(new Set(["comparison", "none"]));
  }, 60_000);

  it("fail with the validator's message and no output on a bad cohort", () => {
    const dir = mkdtempSync(join(tmpdir(), "cohort-"));
    writeFileSync(join(dir, "patients.csv"), readFileSync(join(REFERENCE_COHORT_DIR, "patients.csv"), "utf8").replace(/^P001,\w+,/m, "P001,chemo,"));
    writeFileSync(join(dir, "procedures.csv"), readFileSync(join(REFERENCE_COHORT_DIR, "procedures.csv"), "utf8"));
    for (const loader of ["patients.csv.ts", "procedures.csv.ts", "cohort-source.json.ts", "fidelity.json.ts"]) {
      const result = run(loader, {COHORT_DIR: dir});
      expect(result.status, loader).toBe(1);
      expect(result.stdout, loader).toBe("");
      expect(result.stderr, loader).toMatch(/patients\.csv row 1 \(line 2\).*arm.*"chemo"/);
    }
  }, 120_000);

  it("fail when the directory has no cohort", () => {
    const dir = mkdtempSync(join(tmpdir(), "empty-"));
    const result = run("procedures.csv.ts", {COHORT_DIR: dir});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`COHORT_DIR=${dir} has neither patients.csv nor procedures.csv`);
  }, 60_000);
});

describe("loaders without COHORT_DIR", () => {
  it("describe the reconstruction without rebuilding it", () => {
    const source = run("cohort-source.json.ts");
    expect(JSON.parse(source.stdout)).toEqual({
      kind: "reconstructed", seed: PLAN.seed, patients: 67, procedures: 219,
      generatedBy: "data-loaders/reconstruction/build-cohort.ts (pseudo-individual patients fitted to the paper's printed numbers)",
      publication: {rows: true, minCell: null}
    });
  }, 60_000);
});

describe("fidelity of a sparse supplied cohort", () => {
  it("reports statistics it cannot compute as missing instead of failing", async () => {
    const {fidelityReport} = await import("../../data-loaders/fidelity/fidelity-report.js");
    const {readCohort} = await import("../../data-loaders/read-cohort.js");
    const cohort = readCohort("tests/fixtures/cohorts/small");
    const report = fidelityReport(cohort, {kind: "supplied", dir: "tests/fixtures/cohorts/small"});
    expect(report.rows.length).toBeGreaterThan(400);
    expect(report.summary.reproduced + report.summary.ambiguous + report.summary.infeasible + report.summary.unidentified + report.summary.missed).toBe(report.summary.total);
    for (const r of report.rows) if (r.reconstructed !== null) expect(Number.isFinite(r.reconstructed)).toBe(true);
  });
});

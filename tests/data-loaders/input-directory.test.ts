import {mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {readAggregatesDir} from "../../data-loaders/aggregate/published-risk-table.js";
import {inputDirectory} from "../../data-loaders/input-directory.js";

const fresh = () => mkdtempSync(join(tmpdir(), "input-directory-"));

describe("inputDirectory", () => {
  it("returns each required file's path, in the order asked, and only the base name of the directory", () => {
    const dir = fresh();
    writeFileSync(join(dir, "b.csv"), "");
    writeFileSync(join(dir, "a.csv"), "");
    const found = inputDirectory("X", dir, ["b.csv", "a.csv"], "holds both");
    expect(found.paths).toEqual([join(dir, "b.csv"), join(dir, "a.csv")]);
    expect(found.name).toBe(dir.split("/").pop());
  });

  it("names the variable, the directory and what is wrong", () => {
    expect(() => inputDirectory("X", "/nonexistent", ["a.csv"], "holds a.csv")).toThrow("X=/nonexistent: no such directory");
    const dir = fresh();
    writeFileSync(join(dir, "f"), "");
    expect(() => inputDirectory("X", join(dir, "f"), ["a.csv"], "holds a.csv")).toThrow(`X=${join(dir, "f")}: not a directory`);
    expect(() => inputDirectory("X", dir, ["a.csv", "b.csv", "c.csv"], "holds three")).toThrow(`X=${dir} has no a.csv, no b.csv, no c.csv (holds three)`);
    mkdirSync(join(dir, "a.csv"));
    expect(() => inputDirectory("X", dir, ["a.csv"], "holds a.csv")).toThrow(`X=${dir}: a.csv is not a file`);
  });
});

describe("readAggregatesDir", () => {
  it("says when COHORT_AGGREGATES is missing, not a directory, or lacks risk-table.csv", () => {
    expect(() => readAggregatesDir("/nonexistent")).toThrow("COHORT_AGGREGATES=/nonexistent: no such directory");
    const dir = fresh();
    expect(() => readAggregatesDir(dir)).toThrow(`COHORT_AGGREGATES=${dir} has no risk-table.csv (the output of risk-table.sql, or of scripts/aggregate-cohort.ts --out)`);
    mkdirSync(join(dir, "risk-table.csv"));
    expect(() => readAggregatesDir(dir)).toThrow(`COHORT_AGGREGATES=${dir}: risk-table.csv is not a file`);
  });

  it("reads the counts of a risk-table.csv", () => {
    const dir = fresh();
    writeFileSync(join(dir, "risk-table.csv"), "endpoint,arm,primary_tumor,hormonally_active,extrahepatic_disease,time_months,events,censored,entries\nttp,bland,carcinoid,1,0,6.4,2,1,0\nos_embolization,bland,carcinoid,1,0,20,1,2,0\n");
    expect(readAggregatesDir(dir)).toEqual([
      {endpoint: "ttp", arm: "bland", primary_tumor: "carcinoid", hormonally_active: 1, extrahepatic_disease: 0, time_months: 6.4, events: 2, censored: 1, entries: 0},
      {endpoint: "os_embolization", arm: "bland", primary_tumor: "carcinoid", hormonally_active: 1, extrahepatic_disease: 0, time_months: 20, events: 1, censored: 2, entries: 0}
    ]);
  });
});

// The loader cache follows what the loaders read, with no clearing by hand:
// switching to a supplied cohort, editing it in place and switching back each
// remove the cached outputs; an unchanged input keeps them.
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {LOADER_SOURCES} from "../../data-loaders/source-hash.js";
import {loaderInputs, refreshLoaderCache} from "../../scripts/loader-cache.js";

const SMALL = "tests/fixtures/cohorts/small";

describe("refreshLoaderCache", () => {
  const cache = mkdtempSync(join(tmpdir(), "loader-cache-"));
  const cohort = join(mkdtempSync(join(tmpdir(), "cohort-")), "hospital");
  cpSync(SMALL, cohort, {recursive: true});
  const output = join(cache, "data", "patients.csv");
  const cached = () => existsSync(output);
  const loaderRan = () => {
    mkdirSync(join(cache, "data"), {recursive: true});
    writeFileSync(output, "cached");
  };
  const refresh = (env: Record<string, string>) => {
    const {cleared} = refreshLoaderCache(env, cache);
    return {cleared, kept: cached()};
  };

  it("clears on every change of input and only then", () => {
    expect(refresh({})).toEqual({cleared: true, kept: false});
    loaderRan();
    expect(refresh({})).toEqual({cleared: false, kept: true});
    expect(refresh({COHORT_DIR: cohort})).toEqual({cleared: true, kept: false});
    loaderRan();
    expect(refresh({COHORT_DIR: cohort})).toEqual({cleared: false, kept: true});
    writeFileSync(join(cohort, "patients.csv"), readFileSync(join(cohort, "patients.csv"), "utf8").replace("P01,chemoembolization,F,52", "P01,chemoembolization,F,53"));
    expect(refresh({COHORT_DIR: cohort})).toEqual({cleared: true, kept: false});
    loaderRan();
    expect(refresh({})).toEqual({cleared: true, kept: false});
  });

  it("treats one folder named two ways as one input, and two folders as two", () => {
    expect(loaderInputs({COHORT_DIR: cohort})).toBe(loaderInputs({COHORT_DIR: `${cohort}/`}));
    const copy = `${cohort}-copy`;
    cpSync(cohort, copy, {recursive: true});
    expect(loaderInputs({COHORT_DIR: copy})).not.toBe(loaderInputs({COHORT_DIR: cohort}));
    expect(loaderInputs({COHORT_DIR: ""})).toBe(loaderInputs({}));
  });

  it("refuses an unusable COHORT_DIR before anything is cleared", () => {
    loaderRan();
    expect(() => refreshLoaderCache({COHORT_DIR: "/nonexistent"}, cache)).toThrow("COHORT_DIR=/nonexistent: no such directory");
    expect(cached()).toBe(true);
  });

  it("clears each page's cached statistics, data/page-statistics/<page>.json, when what is published changes", () => {
    const pageFile = join(cache, "data", "page-statistics", "response.json");
    refresh({});
    mkdirSync(join(cache, "data", "page-statistics"), {recursive: true});
    writeFileSync(pageFile, "cached");
    expect(refresh({})).toMatchObject({cleared: false});
    expect(existsSync(pageFile)).toBe(true);
    expect(refresh({MIN_CELL: "5"})).toMatchObject({cleared: true});
    expect(existsSync(pageFile)).toBe(false);
  });

  it("hashes the per-page statistics loaders and the logic they share", () => {
    const files = ["src/data/page-statistics", "data-loaders/page-statistics"].flatMap((dir) => readdirSync(dir).map((f) => `${dir}/${f}`));
    expect(files).toContain("src/data/page-statistics/response.json.ts");
    expect(files).toContain("data-loaders/page-statistics/publish-parts.ts");
    expect(files.filter((file) => !LOADER_SOURCES.some((source) => file.startsWith(`${source}/`)))).toEqual([]);
  });
});

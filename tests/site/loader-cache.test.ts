// The loader cache follows what the loaders read, with no clearing by hand:
// switching to a supplied cohort, editing it in place and switching back each
// remove the cached outputs; an unchanged input keeps them.
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
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
});

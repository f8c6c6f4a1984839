import {mkdtempSync, readdirSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/reconstruction/build-cohort.js";
import {cachedCohort} from "../../data-loaders/reconstruction/cached-cohort.js";

// The skeleton without the searches: what is cached does not matter here, only that it is reused.
const quickBuild = () => buildCohort(undefined, {os: 0, intervals: 0, ttp: 0, tttf: 0, joint: [], repair: {attempts: 0, iterations: 0, focus: 1, temperature: 1}, gap: 0, pin: {orders: 0, attempts: 0, iterations: 0}, pooledPin: {attempts: 0, iterations: 0}});

it("builds the reconstruction once and hands later loaders the identical rows", () => {
  const dir = join(mkdtempSync(join(tmpdir(), "cohort-cache-")), "reconstruction");
  const first = cachedCohort(dir, quickBuild);
  expect(first.reused).toBe(false);
  expect(readdirSync(dir)).toEqual([expect.stringMatching(/^[0-9a-f]{16}\.json$/)]);
  const second = cachedCohort(dir, quickBuild);
  expect(second.reused).toBe(true);
  expect(second.seed).toBe(first.seed);
  expect(second.patients).toEqual(first.patients);
  expect(second.procedures).toEqual(first.procedures);
}, 120_000);

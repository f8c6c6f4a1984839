// MIN_CELL on the pages that read precomputed statistics: built from a copy of
// the reconstruction as a supplied cohort with MIN_CELL=25, /response publishes
// no patient's months of relief and says what it left out, and /response and
// /cohort say how many views they withheld and over how many tests of the
// shown ones each P is adjusted.
import {spawnSync} from "node:child_process";
import {copyFileSync, mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {cohortFamily} from "../../src/lib/analysis/cohort-statistics.js";
import {responseFamily} from "../../src/lib/analysis/response-statistics.js";
import {formatFamilyScope} from "../../src/lib/format/test-family.js";
import {builtSite} from "../browser/built-site.js";
import {patients} from "../analysis/reference-cohort.js";
import {REFERENCE_COHORT_DIR} from "../reconstruction/reference-cohort.js";
import {published} from "./published-file.js";

const MIN_CELL = 25;
const work = mkdtempSync(join(tmpdir(), "min-cell-pages-"));
const output = join(work, "site");

beforeAll(() => {
  for (const file of ["patients.csv", "procedures.csv"]) copyFileSync(join(REFERENCE_COHORT_DIR, file), join(work, file));
  const env: Record<string, string | undefined> = {...process.env, COHORT_DIR: work, MIN_CELL: String(MIN_CELL), SITE_OUTPUT: output};
  for (const name of ["COHORT_AGGREGATES", "PUBLISH_ROWS"]) delete env[name];
  const result = spawnSync("npm", ["run", "build"], {encoding: "utf8", env});
  if (result.status !== 0) throw new Error(result.stdout + result.stderr);
}, 600_000);
afterAll(() => rmSync(work, {recursive: true, force: true}));

const site = builtSite(output);

const text = async (path: string, testId: string) => {
  const session = await site.open(path);
  const locator = session.page.getByTestId(testId);
  await locator.waitFor({timeout: 30_000});
  const value = ((await locator.textContent()) ?? "").replace(/\s+/g, " ").trim();
  await session.page.context().close();
  expect(session.pageErrors).toEqual([]);
  return value;
};

describe(`a supplied cohort built with MIN_CELL=${MIN_CELL}`, () => {
  it("publishes no relieved patient's months on /response, which says what it left out", async () => {
    const json = published(output, "page-statistics/response");
    // Non-integral months of relief, each one patient's value.
    const months = patients.flatMap((p) => (p.symptom_relief === 1 && p.symptom_relief_months !== null && !Number.isInteger(p.symptom_relief_months) ? [p.symptom_relief_months] : []));
    expect(months.length).toBeGreaterThan(20);
    const durations = Object.values(JSON.parse(json).parts.table as Record<string, {duration: Record<string, unknown>} | null>).flatMap((t) => (t ? [t.duration] : []));
    expect(durations.length).toBeGreaterThan(0);
    expect(durations[0]!.withheld).toMatchObject({minCell: MIN_CELL, chemo: {n: 24}, bland: {n: 13, mean: null}});
    for (const duration of durations) expect(Object.keys(duration).sort()).toEqual(["note", "rank", "t", "withheld"]);
    const numbers = (value: unknown): number[] => (typeof value === "number" ? [value] : value !== null && typeof value === "object" ? Object.values(value).flatMap(numbers) : []);
    expect(months.filter((m) => numbers(durations).includes(m))).toEqual([]);
    expect(await text("/response", "relief-withheld")).toBe(
      `Each patient's months of relief are not published (MIN_CELL = ${MIN_CELL}), nor a mean over fewer than ${MIN_CELL} relieved patients, since a mean of few patients comes close to their own values: with 24 and 13 here, no months are shown.`
    );
    // The sentence the means go in prints a dash for each.
    const session = await site.open("/response");
    expect(await session.page.locator("#observablehq-main").textContent()).toContain("It lasted a mean of — and — months");
    await session.page.context().close();
  });

  it("says on /response and /cohort over how many tests of the shown views each P is adjusted", async () => {
    const response = responseFamily(patients, MIN_CELL);
    expect(response.hidden).toEqual({views: 5, minCell: MIN_CELL});
    expect(await text("/response", "multiplicity")).toBe(formatFamilyScope(response));
    expect(await text("/response", "multiplicity")).toContain(`adjustment for the ${response.tests} distinct tests of the 4 views shown`);
    const cohort = cohortFamily(patients, MIN_CELL);
    expect(cohort.hidden).toEqual({views: 20, minCell: MIN_CELL});
    expect(await text("/cohort", "multiplicity")).toBe(formatFamilyScope(cohort));
  });
});

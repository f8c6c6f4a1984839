// The small-group rule in every filter state of the survival pages: wherever
// a group being compared has fewer than 5 patients, no P value, hazard ratio
// or restricted mean is given, and the note says why.
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {compareSurvival, GROUP_LEVELS, groupOf, type GroupBy} from "../../src/lib/analysis/compare-survival.js";
import {effectEstimates} from "../../src/lib/analysis/effect-estimates.js";
import {endpointData, type EndpointId} from "../../src/lib/analysis/endpoints.js";
import {filterPatients} from "../../src/lib/analysis/filter-patients.js";
import {parsePatients} from "../../src/lib/analysis/parse-cohort-csv.js";
import {MIN_GROUP_SIZE, smallGroupsNote} from "../../src/lib/analysis/small-groups.js";
import {filterStates} from "../../src/lib/analysis/view-family.js";
import {REFERENCE_COHORT_DIR} from "../reconstruction/reference-cohort.js";

const reference = parsePatients(readFileSync(`${REFERENCE_COHORT_DIR}/patients.csv`, "utf8"));
const ENDPOINT_IDS: EndpointId[] = ["ttp", "tttf", "os_embolization", "os_diagnosis", "os_liver_metastases"];

describe("the small-group rule", () => {
  it("names the small groups", () => {
    expect(smallGroupsNote([{label: "Bland embolization", n: 3}, {label: "Chemoembolization", n: 12}])).toBe("Fewer than 5 patients in bland embolization (3)");
    expect(smallGroupsNote([{label: "A", n: MIN_GROUP_SIZE}])).toBeNull();
  });

  it("holds for every test and estimate the survival pages can show, in every filter state and arm", () => {
    let small = 0;
    let states = 0;
    for (const filters of filterStates(["tumor", "hormonal", "extrahepatic"])) {
      for (const arm of [undefined, "chemoembolization", "bland"] as const) {
        const rows = filterPatients(reference, filters).filter((p) => !arm || p.arm === arm);
        for (const endpoint of ENDPOINT_IDS) {
          for (const groupBy of ["arm", "tumor"] as GroupBy[]) {
            states += 1;
            const {rows: analysed} = endpointData(rows, endpoint);
            const sizes = GROUP_LEVELS[groupBy].map((g) => analysed.filter((p) => groupOf(p, groupBy) === g).length).filter((n) => n > 0);
            const label = `${JSON.stringify(filters)} ${arm ?? "both arms"} ${endpoint} by ${groupBy}`;
            const comparison = compareSurvival(rows, {endpoint, groupBy});
            const effects = effectEstimates(rows, {endpoint, groupBy});
            if (sizes.length === 2 && sizes.some((n) => n < MIN_GROUP_SIZE)) {
              small += 1;
              expect(comparison.test, label).toBeNull();
              expect(comparison.note, label).toMatch(/^Fewer than 5 patients in .* under these filters: no test/);
              expect(effects.hazardRatio, label).toBeNull();
              expect(effects.rmst, label).toBeNull();
              expect(effects.note, label).toMatch(/^Fewer than 5 patients in .* no hazard ratio or restricted means/);
            }
            if (comparison.test) expect(sizes.every((n) => n >= MIN_GROUP_SIZE), label).toBe(true);
            if (effects.hazardRatio || effects.rmst) expect(sizes.every((n) => n >= MIN_GROUP_SIZE), label).toBe(true);
          }
        }
      }
    }
    expect(states).toBe(27 * 3 * 5 * 2);
    expect(small).toBeGreaterThan(20);
  });
});

describe("the small-group rule beyond survival", () => {
  it("gives a 2x2 comparison no odds ratio or test when an arm has fewer than 5 patients, counting patients for procedures", async () => {
    const {compareProportions} = await import("../../src/lib/analysis/two-by-two.js");
    const rows = reference.filter((p) => p.arm === "chemoembolization" || p.primary_tumor === "gastrinoma");
    const result = compareProportions(rows, (p) => p.arm, (p) => p.hormonally_active === 1);
    expect(rows.filter((p) => p.arm === "bland").length).toBeLessThan(MIN_GROUP_SIZE);
    expect(result).toMatchObject({woolf: null, exact: null, fisherP: null, clustered: null});
    expect(result.note).toMatch(/^Fewer than 5 patients in bland embolization \(\d\): no odds ratio or test/);
    // Five procedures of one patient are still one patient.
    const procedures = [0, 1, 2, 3, 4].map((i) => ({patient_id: "B1", modality: "bland" as const, yes: i % 2 === 0}));
    const chemo = Array.from({length: 12}, (_, i) => ({patient_id: `C${i}`, modality: "chemoembolization" as const, yes: i % 3 === 0}));
    const clustered = compareProportions([...chemo, ...procedures], (r) => r.modality, (r) => r.yes, {cluster: (r) => r.patient_id});
    expect(clustered.note).toMatch(/^Fewer than 5 patients in bland embolization \(1\)/);
    expect(compareProportions([...chemo, ...procedures], (r) => r.modality, (r) => r.yes).note).toBeNull();
  });

  it("keeps the baseline table's counts but drops its P values, saying why, when an arm has fewer than 5 patients", async () => {
    const {baselineTable, SMALL_ARM_TEST} = await import("../../src/lib/analysis/baseline-table.js");
    const rows = reference.filter((p) => p.arm === "chemoembolization" || p.primary_tumor === "gastrinoma");
    const table = baselineTable(rows);
    expect(table.every((r) => r.p === null)).toBe(true);
    expect(table.filter((r) => r.test !== "").every((r) => r.test === SMALL_ARM_TEST)).toBe(true);
    expect(baselineTable(reference.filter((p) => p.arm === "chemoembolization"))[1].bland).toBe("—");
    expect(baselineTable(reference).some((r) => r.p !== null)).toBe(true);
  });
});

// Rows that fit the schema but break the paper's definitions are counted and
// named, not rejected; the reconstruction and the fixtures break none.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {MAX_EXAMPLES} from "../../data-loaders/cohort-input/definition-checks.js";
import {toCsv, validateCohort} from "../../data-loaders/read-cohort.js";
import {copiedReferenceCohort, REFERENCE_COHORT_DIR} from "../reconstruction/reference-cohort.js";
import {editCell} from "./edit-cell.js";

const SMALL = "tests/fixtures/cohorts/small";
const SPARSE = "tests/fixtures/cohorts/sparse";
const read = (dir: string, file: string) => readFileSync(join(dir, file), "utf8");
const PATIENTS = read(SMALL, "patients.csv");
const PROCEDURES = read(SMALL, "procedures.csv");

const IDS = ["ttp_within_survival", "ttp_after_stabilization", "tttf_within_survival", "tttf_not_before_ttp", "early_death_is_death", "retreated_matches_procedures"];

/** Each check's id with its count and examples, for the checks some row breaks. */
function breaches(patients: string, procedures = PROCEDURES) {
  return validateCohort(patients, procedures).definitionChecks.filter((c) => c.count > 0).map(({id, count, examples}) => ({id, count, examples}));
}

describe("checkDefinitions", () => {
  it("reports every definition, and the small fixture and the reconstruction break none", () => {
    for (const dir of [SMALL, REFERENCE_COHORT_DIR]) {
      const checks = validateCohort(read(dir, "patients.csv"), read(dir, "procedures.csv")).definitionChecks;
      expect(checks.map((c) => c.id), dir).toEqual(IDS);
      expect(checks.map((c) => c.count), dir).toEqual(IDS.map(() => 0));
      expect(checks.flatMap((c) => c.examples), dir).toEqual([]);
    }
  });

  it("finds the sparse fixture's one deliberate breach", () => {
    expect(breaches(read(SPARSE, "patients.csv"), read(SPARSE, "procedures.csv"))).toEqual([
      {id: "retreated_matches_procedures", count: 1, examples: ["patients.csv row 2 (line 3), id P02, columns retreated, procedures_initial_cycle, procedures_total: 1, 2, 2"]}
    ]);
  });

  it("names a TTP or TTTF longer than survival", () => {
    // P01: ttp 14.5, tttf 30, os 48.2
    expect(breaches(editCell(PATIENTS, 1, "os_months", "20"))).toEqual([
      {id: "tttf_within_survival", count: 1, examples: ["patients.csv row 1 (line 2), id P01, columns tttf_months, os_months: 30 > 20"]}
    ]);
    expect(breaches(editCell(PATIENTS, 1, "os_months", "10"))).toEqual([
      {id: "ttp_within_survival", count: 1, examples: ["patients.csv row 1 (line 2), id P01, columns ttp_months, os_months: 14.5 > 10"]},
      {id: "ttp_after_stabilization", count: 1, examples: ["patients.csv row 1 (line 2), id P01, columns response_1mo, ttp_months, os_months: regression, 14.5, 10 (TTP + 1 > survival)"]},
      {id: "tttf_within_survival", count: 1, examples: ["patients.csv row 1 (line 2), id P01, columns tttf_months, os_months: 30 > 10"]}
    ]);
  });

  it("names a TTP within a month of survival for a patient who stabilized, and not for one who progressed at 1 month", () => {
    // P01 (regression): ttp 14.5; TTTF set to the TTP so only the TTP check applies.
    const p01 = editCell(PATIENTS, 1, "tttf_months", "14.5");
    expect(breaches(editCell(p01, 1, "os_months", "15"))).toEqual([
      {id: "ttp_after_stabilization", count: 1, examples: ["patients.csv row 1 (line 2), id P01, columns response_1mo, ttp_months, os_months: regression, 14.5, 15 (TTP + 1 > survival)"]}
    ]);
    expect(breaches(editCell(p01, 1, "os_months", "15.5"))).toEqual([]);
    // P02 (stabilization, censored at 40).
    expect(breaches(editCell(PATIENTS, 2, "os_months", "40.9")).map((b) => b.id)).toEqual(["ttp_after_stabilization"]);
  });

  it("keeps equal times: a progression on the day of death or the last visit is allowed", () => {
    expect(breaches(editCell(editCell(PATIENTS, 1, "os_months", "30"), 1, "tttf_months", "14.5"))).toEqual([]);
  });

  it("names a TTTF shorter than TTP", () => {
    expect(breaches(editCell(PATIENTS, 3, "tttf_months", "6.5"))).toEqual([
      {id: "tttf_not_before_ttp", count: 1, examples: ["patients.csv row 3 (line 4), id P03, columns ttp_months, tttf_months: 7 > 6.5"]}
    ]);
  });

  it("names a censored survival after a death within 30 days, with the procedure row", () => {
    expect(breaches(editCell(PATIENTS, 11, "os_event", "0"))).toEqual([
      {id: "early_death_is_death", count: 1, examples: ["patients.csv row 11 (line 12), id P11, column os_event: 0, but procedures.csv row 28 (line 29) has died_within_30_days 1"]}
    ]);
  });

  it("names a retreatment flag that disagrees with the procedure counts, both ways", () => {
    // P02: 2 of 2 procedures in the initial cycle, not retreated; P03: 1 of 3, retreated.
    expect(breaches(editCell(editCell(PATIENTS, 2, "retreated", "1"), 3, "retreated", "0"))).toEqual([
      {
        id: "retreated_matches_procedures",
        count: 2,
        examples: [
          "patients.csv row 2 (line 3), id P02, columns retreated, procedures_initial_cycle, procedures_total: 1, 2, 2",
          "patients.csv row 3 (line 4), id P03, columns retreated, procedures_initial_cycle, procedures_total: 0, 1, 3"
        ]
      }
    ]);
  });

  it("counts every breaking patient but lists only the first few", () => {
    const {patients, procedures} = copiedReferenceCohort(4);
    const csv = toCsv(patients.map((p) => ({...p, os_event: 0 as const})), procedures);
    const [check] = breaches(csv.patients, csv.procedures);
    expect(check.id).toBe("early_death_is_death");
    expect(MAX_EXAMPLES).toBeLessThan(3 * 4);
    expect(check.count).toBe(3 * 4);
    expect(check.examples).toHaveLength(MAX_EXAMPLES);
    expect(check.examples[0]).toMatch(/^patients\.csv row \d+ \(line \d+\), id P\d+-0, column os_event: 0, but procedures\.csv row \d+ \(line \d+\) has died_within_30_days 1$/);
  });

  it("runs only on rows that pass the schema: a schema error still stops validation first", () => {
    expect(() => validateCohort(editCell(editCell(PATIENTS, 1, "os_months", "10"), 2, "arm", "chemo"), PROCEDURES)).toThrow(
      'patients.csv row 2 (line 3), column arm: "chemo" is not one of chemoembolization, bland'
    );
  });
});

// The cohort's value of each printed number, on a supplied cohort as large as
// a registry's: the ranges (minimum, maximum) printed in the paper are read
// over every patient or procedure row.
import {describe, expect, it} from "vitest";
import {createEvaluator} from "../../data-loaders/fidelity/evaluate-number.js";
import {PUBLISHED_NUMBERS} from "../../data-loaders/published/index.js";
import {readCohort} from "../../data-loaders/read-cohort.js";
import {REFERENCE_COHORT_DIR} from "../reconstruction/reference-cohort.js";

const RANGES = [
  "baseline.age_at_diagnosis.min", "baseline.age_at_diagnosis.max",
  "baseline.liver_metastases_to_embolization.min", "baseline.liver_metastases_to_embolization.max",
  "procedures.initial_cycle.min", "procedures.initial_cycle.max", "procedures.total.min", "procedures.total.max",
  "los.max", "tttf.bland.outlier.months", "design.ttp.never_stabilized"
];

describe("createEvaluator on a cohort of 200,000 patients", () => {
  it("reads each range over every row, as on the cohort it repeats", () => {
    const reference = readCohort(REFERENCE_COHORT_DIR);
    // 3,000 copies: more rows than Math.min(...rows) can take as arguments, which threw a RangeError.
    const copies = 3000;
    const large = {
      patients: Array.from({length: copies}, (_, k) => reference.patients.map((p) => ({...p, id: `${p.id}-${k}`}))).flat(),
      procedures: Array.from({length: copies}, (_, k) => reference.procedures.map((r) => ({...r, patient_id: `${r.patient_id}-${k}`}))).flat()
    };
    expect(large.patients.length).toBe(67 * copies);
    const numbers = RANGES.map((id) => PUBLISHED_NUMBERS.find((n) => n.id === id)!);
    expect(numbers.every(Boolean)).toBe(true);
    const small = createEvaluator(reference);
    const big = createEvaluator(large);
    for (const n of numbers) {
      const expected = small(n);
      expect(expected.evaluable && typeof expected.value === "number", n.id).toBe(true);
      expect(big(n), n.id).toEqual(expected);
    }
  }, 120_000);
});

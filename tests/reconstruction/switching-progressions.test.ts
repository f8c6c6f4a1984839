import {describe, expect, it} from "vitest";
import type {PatientRow} from "../../data-loaders/reconstruction/cohort-types.js";
import {mulberry32} from "../../data-loaders/reconstruction/prng.js";
import {searchTimes} from "../../data-loaders/reconstruction/search-times.js";
import {switchingProgressions} from "../../data-loaders/reconstruction/switching-progressions.js";

const patient = (fields: Partial<PatientRow>): PatientRow => ({arm: "bland", primary_tumor: "carcinoid", lost_to_follow_up: 0, response_1mo: "regression", ttp_months: null, ttp_event: null, tttf_months: null, tttf_event: null, os_months: 20, os_event: 1, ...fields}) as PatientRow;

const times = (p: PatientRow) => [p.ttp_months, p.ttp_event, p.tttf_months, p.tttf_event];

const cohort = () => [
  patient({id: "lost", lost_to_follow_up: 1, response_1mo: null, os_months: 3, os_event: 0}),
  patient({id: "progressed at 1 month", response_1mo: "progression", ttp_months: 0, ttp_event: 1, tttf_months: 0, tttf_event: 1, os_months: 4}),
  patient({id: "censored", ttp_months: 7, ttp_event: 0, tttf_months: 7, tttf_event: 0, os_months: 30, os_event: 0}),
  patient({id: "failed", ttp_months: 5, ttp_event: 1, tttf_months: 9, tttf_event: 1, os_months: 12})
];

describe("switchingProgressions", () => {
  it("has a TTP and a TTTF for each patient with a TTP above 0", () => {
    expect(switchingProgressions(cohort()).length).toBe(2 * 2);
  });

  it("censors a progression with its TTTF, and pins the TTTF to it", () => {
    const failed = cohort()[3];
    const [progression, failure] = switchingProgressions([failed]);
    progression.set(4, 0);
    expect(times(failed)).toEqual([4, 0, 4, 0]);
    expect([failure.lo, failure.hi, failure.fixedEvent]).toEqual([4, 4, 0]);
    expect(progression.hi).toBe(12);
  });

  it("brings back the failure a censoring replaced when the TTP progresses again", () => {
    const failed = cohort()[3];
    const [progression, failure] = switchingProgressions([failed]);
    progression.set(4, 0);
    progression.set(6, 1);
    expect(times(failed)).toEqual([6, 1, 9, 1]);
    expect([failure.lo, failure.hi, failure.fixedEvent]).toEqual([6, 12, undefined]);
  });

  it("fails at the progression when the replaced failure would come before it", () => {
    const failed = cohort()[3];
    const [progression] = switchingProgressions([failed]);
    progression.set(4, 0);
    progression.set(10, 1);
    expect(times(failed)).toEqual([10, 1, 10, 1]);
  });

  it("keeps every patient coherent through a search that accepts every move, and does switch", () => {
    const patients = cohort();
    const vs = switchingProgressions(patients);
    const rng = mulberry32(5);
    const seen = new Set<string>();
    searchTimes(vs, () => {
      for (const p of patients) {
        if (p.ttp_months === null || p.ttp_months === 0) continue;
        seen.add(`${p.id} ${p.ttp_event}`);
        expect(p.ttp_months).toBeGreaterThan(0);
        expect(p.ttp_months).toBeLessThanOrEqual(p.os_months);
        expect(p.tttf_months as number).toBeGreaterThanOrEqual(p.ttp_months);
        expect(p.tttf_months as number).toBeLessThanOrEqual(p.os_months);
        if (p.ttp_event === 0) expect([p.tttf_months, p.tttf_event]).toEqual([p.ttp_months, 0]);
      }
      return rng.next();
    }, mulberry32(6), {iterations: 2000, temperature: 1e6});
    expect([...seen].sort()).toEqual(["censored 0", "censored 1", "failed 0", "failed 1"]);
    expect(times(patients[1])).toEqual([0, 1, 0, 1]);
  });
});

// The pass after the last for the bland TTP median (6), from seed 4's reference cohort, where it is 7.8.
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {PUBLISHED_NUMBERS} from "../../data-loaders/published/index.js";
import {validateCohort} from "../../data-loaders/read-cohort.js";
import type {PatientRow} from "../../data-loaders/reconstruction/cohort-types.js";
import {JOINT_TARGETS} from "../../data-loaders/reconstruction/fit-survival.js";
import {jointVariables} from "../../data-loaders/reconstruction/joint-variables.js";
import {latestTtp} from "../../data-loaders/reconstruction/latest-ttp.js";
import {phaseCost} from "../../data-loaders/reconstruction/phase-cost.js";
import {pinPooledMedian} from "../../data-loaders/reconstruction/pin-pooled-median.js";
import {mulberry32} from "../../data-loaders/reconstruction/prng.js";
import {PINNED_POOLED_TTP_MEDIAN, PINNED_TTP_MEDIAN} from "../../data-loaders/reconstruction/set-aside-targets.js";
import {REFERENCE_COHORT_DIR} from "./reference-cohort.js";

const cohort = () => validateCohort(readFileSync(`${REFERENCE_COHORT_DIR}/patients.csv`, "utf8"), readFileSync(`${REFERENCE_COHORT_DIR}/procedures.csv`, "utf8")).patients as PatientRow[];
const number = (id: string) => PUBLISHED_NUMBERS.find((n) => n.id === id)!;
const median = number(PINNED_POOLED_TTP_MEDIAN);
const targets = [...JOINT_TARGETS, number(PINNED_TTP_MEDIAN)];
const variablesOf = (some: readonly PatientRow[]) => jointVariables(some, {osFloor: () => 0.5, maxFollowUp: 240, deaths: new Set(), stabilizationGap: true}).filter((v) => v.swap !== "os");
const missed = (patients: PatientRow[]) => phaseCost(patients, [...targets, median], 0).missed().map((n) => n.id);

describe("pinPooledMedian", () => {
  it("reaches the bland median of 6 from seed 4's cohort on a stream that allows it, losing no other number, with TTP a month before the end of survival", () => {
    const patients = cohort();
    expect(missed(patients)).toEqual([PINNED_POOLED_TTP_MEDIAN]);
    pinPooledMedian(patients, targets, median, variablesOf, mulberry32(4), {attempts: 4, iterations: 8000, missWeight: 100});
    expect(missed(patients)).toEqual([]);
    const bland = patients.filter((p) => p.arm === "bland" && p.ttp_months !== null && p.ttp_months > 6 && p.ttp_months < 6.5).sort((a, b) => (a.ttp_months as number) - (b.ttp_months as number));
    expect(bland.map((p) => [p.primary_tumor === "carcinoid", p.ttp_event])).toEqual([[true, 1], [true, 0], [false, 1], [false, 1]]);
    expect(patients.filter((p) => p.ttp_months !== null && p.ttp_months > latestTtp(p) + 1e-9)).toEqual([]);
    expect(patients.filter((p) => p.tttf_months !== null && (p.tttf_months < (p.ttp_months as number) || p.tttf_months > p.os_months))).toEqual([]);
    expect(patients.filter((p) => p.ttp_event === 0 && p.tttf_months !== p.ttp_months)).toEqual([]);
  }, 120_000);

  it("puts every time back when no attempt misses fewer numbers", () => {
    const patients = cohort();
    const before = JSON.stringify(patients);
    pinPooledMedian(patients, targets, median, variablesOf, mulberry32(4), {attempts: 2, iterations: 10, missWeight: 100});
    expect(JSON.stringify(patients)).toBe(before);
  });
});

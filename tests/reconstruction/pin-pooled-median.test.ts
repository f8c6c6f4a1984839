// The pass after the last for the bland TTP median (6), from seed 4's cohort before it, where it is 7.8.
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {PUBLISHED_NUMBERS} from "../../data-loaders/published/index.js";
import {validateCohort} from "../../data-loaders/read-cohort.js";
import type {PatientRow} from "../../data-loaders/reconstruction/cohort-types.js";
import {DEFAULT_BUDGET, JOINT_TARGETS} from "../../data-loaders/reconstruction/fit-survival.js";
import {jointVariables} from "../../data-loaders/reconstruction/joint-variables.js";
import {latestTtp} from "../../data-loaders/reconstruction/latest-ttp.js";
import {phaseCost} from "../../data-loaders/reconstruction/phase-cost.js";
import {pinPooledMedian} from "../../data-loaders/reconstruction/pin-pooled-median.js";
import {substream} from "../../data-loaders/reconstruction/prng.js";
import {PINNED_POOLED_TTP_MEDIAN, PINNED_TTP_MEDIAN} from "../../data-loaders/reconstruction/set-aside-targets.js";
import {REFERENCE_COHORT_DIR} from "./reference-cohort.js";

// Seed 4's cohort as the pass before leaves it.
const BEFORE_DIR = "tests/fixtures/reconstruction-before-pooled-median";
const cohort = (dir: string) => validateCohort(readFileSync(`${dir}/patients.csv`, "utf8"), readFileSync(`${REFERENCE_COHORT_DIR}/procedures.csv`, "utf8")).patients as PatientRow[];
const number = (id: string) => PUBLISHED_NUMBERS.find((n) => n.id === id)!;
const median = number(PINNED_POOLED_TTP_MEDIAN);
const targets = [...JOINT_TARGETS, number(PINNED_TTP_MEDIAN)];
const variablesOf = (some: readonly PatientRow[]) => jointVariables(some, {osFloor: () => 0.5, maxFollowUp: 240, deaths: new Set(), stabilizationGap: true}).filter((v) => v.swap !== "os");
const missed = (patients: PatientRow[]) => phaseCost(patients, [...targets, median], 0).missed().map((n) => n.id);
const blandTttfsBy6 = (patients: readonly PatientRow[]) => patients.filter((p) => p.arm === "bland" && p.tttf_months !== null && p.tttf_months <= 6).map((p) => [p.id, p.tttf_months, p.tttf_event]);

describe("pinPooledMedian", () => {
  it("reaches the bland median of 6 from seed 4's cohort on the seed's streams, losing no other number, as the build does", () => {
    const patients = cohort(BEFORE_DIR);
    expect(missed(patients)).toEqual([PINNED_POOLED_TTP_MEDIAN]);
    const heldBefore = blandTttfsBy6(patients);
    const streams: number[] = [];
    pinPooledMedian(patients, targets, median, variablesOf, (attempt) => (streams.push(attempt), substream(4, attempt)), {...DEFAULT_BUDGET.pooledPin, missWeight: 100});
    expect(missed(patients)).toEqual([]);
    // The second attempt is kept; the first ends with numbers missed and is undone.
    expect(streams).toEqual([0, 1]);
    const bland = patients.filter((p) => p.arm === "bland" && p.ttp_months !== null && p.ttp_months > 6 && p.ttp_months < 6.5).sort((a, b) => (a.ttp_months as number) - (b.ttp_months as number));
    expect(bland.map((p) => [p.primary_tumor === "carcinoid", p.ttp_event])).toEqual([[true, 1], [true, 0], [false, 1], [false, 1]]);
    // The TTTFs that make the arm's TTTF curve at 6 months did not move.
    expect(blandTttfsBy6(patients)).toEqual(heldBefore);
    expect(patients.filter((p) => p.ttp_months !== null && p.ttp_months > latestTtp(p) + 1e-9)).toEqual([]);
    expect(patients.filter((p) => p.tttf_months !== null && (p.tttf_months < (p.ttp_months as number) || p.tttf_months > p.os_months))).toEqual([]);
    expect(patients.filter((p) => p.ttp_event === 0 && p.tttf_months !== p.ttp_months)).toEqual([]);
    // The build runs this pass last, so its result is the reference cohort.
    const reference = cohort(REFERENCE_COHORT_DIR);
    expect(patients.map((p) => [p.id, p.ttp_months, p.ttp_event, p.tttf_months, p.tttf_event])).toEqual(reference.map((p) => [p.id, p.ttp_months, p.ttp_event, p.tttf_months, p.tttf_event]));
  }, 120_000);

  it("puts every time back when no attempt misses fewer numbers", () => {
    const patients = cohort(BEFORE_DIR);
    const before = JSON.stringify(patients);
    pinPooledMedian(patients, targets, median, variablesOf, (attempt) => substream(4, attempt), {attempts: 2, iterations: 10, missWeight: 100});
    expect(JSON.stringify(patients)).toBe(before);
  });
});

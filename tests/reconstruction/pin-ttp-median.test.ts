// The last pass of the survival fit: the chemoembolization noncarcinoid TTP
// median, which the searches before set aside.
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {PUBLISHED_NUMBERS} from "../../data-loaders/published/index.js";
import {validateCohort} from "../../data-loaders/read-cohort.js";
import type {PatientRow} from "../../data-loaders/reconstruction/cohort-types.js";
import {DEFAULT_BUDGET, JOINT_TARGETS} from "../../data-loaders/reconstruction/fit-survival.js";
import {jointVariables} from "../../data-loaders/reconstruction/joint-variables.js";
import {latestTtp} from "../../data-loaders/reconstruction/latest-ttp.js";
import {phaseCost} from "../../data-loaders/reconstruction/phase-cost.js";
import {pinTtpMedian} from "../../data-loaders/reconstruction/pin-ttp-median.js";
import {mulberry32} from "../../data-loaders/reconstruction/prng.js";
import {PINNED_TTP_MEDIAN} from "../../data-loaders/reconstruction/set-aside-targets.js";
import {REFERENCE_COHORT_DIR} from "./reference-cohort.js";

// Seed 4's cohort as the stabilization gaps leave it, before this pass.
const BEFORE_DIR = "tests/fixtures/reconstruction-before-median";
const cohort = (dir: string) => validateCohort(readFileSync(`${dir}/patients.csv`, "utf8"), readFileSync(`${REFERENCE_COHORT_DIR}/procedures.csv`, "utf8")).patients as PatientRow[];
const median = PUBLISHED_NUMBERS.find((n) => n.id === PINNED_TTP_MEDIAN)!;
const ttpVariables = (patients: PatientRow[]) => jointVariables(patients, {osFloor: () => 0.5, maxFollowUp: 240, deaths: new Set(), stabilizationGap: true}).filter((v) => v.swap !== "os");
const missed = (patients: PatientRow[]) => phaseCost(patients, [...JOINT_TARGETS, median], 0).missed().map((n) => n.id);

describe("pinTtpMedian", () => {
  it("reaches the median of 5 from seed 4's cohort and loses no other number, with TTP a month before the end of survival", () => {
    const patients = cohort(BEFORE_DIR);
    expect(missed(patients)).toEqual([PINNED_TTP_MEDIAN]);
    pinTtpMedian(patients, JOINT_TARGETS, median, ttpVariables(patients), mulberry32(2), {...DEFAULT_BUDGET.pin, missWeight: 100});
    expect(missed(patients)).toEqual([]);
    expect(patients.filter((p) => p.ttp_months !== null && p.ttp_months > latestTtp(p) + 1e-9)).toEqual([]);
    expect(patients.filter((p) => p.tttf_months !== null && (p.tttf_months < (p.ttp_months as number) || p.tttf_months > p.os_months))).toEqual([]);
  }, 180_000);

  it("puts every time back when no attempt misses fewer numbers", () => {
    const patients = cohort(BEFORE_DIR);
    const before = JSON.stringify(patients);
    pinTtpMedian(patients, JOINT_TARGETS, median, ttpVariables(patients), mulberry32(2), {...DEFAULT_BUDGET.pin, attempts: 2, iterations: 10, missWeight: 100});
    expect(JSON.stringify(patients)).toBe(before);
  });

  it("leaves a cohort that already reproduces the median as it is", () => {
    const patients = cohort(REFERENCE_COHORT_DIR);
    const before = JSON.stringify(patients);
    pinTtpMedian(patients, JOINT_TARGETS, median, ttpVariables(patients), mulberry32(2), {...DEFAULT_BUDGET.pin, missWeight: 100});
    expect(JSON.stringify(patients)).toBe(before);
  });
});

// What /response shows for one state of its two filters and confidence level:
// regression at one month and symptomatic relief by arm, how long relief
// lasted, and each P's Benjamini–Hochberg adjustment over the page's family of
// views. Under MIN_CELL the months of relief go out as the figures the page
// prints, never one value per patient: each arm's count, its mean where the arm
// has at least MIN_CELL relieved patients (a mean of one is that patient's
// value), and the tests' P values.
import {mean} from "d3";
import {filterPatients, type PatientFilters} from "./filter-patients.js";
import type {PatientRow} from "./patient-row.js";
import type {PageParts} from "./published-statistics.js";
import {responseTests, type ResponseTests} from "./response-tests.js";
import {filterFamily} from "./filter-family.js";
import {familyScope, type TestFamily} from "./test-family.js";

export type ResponseTestName = keyof ResponseTests["tests"];

export interface ResponseStatistics {
  table: {
    patients: number;
    assessed: number;
    regression: ResponseTests["regression"];
    relief: ResponseTests["relief"];
    duration: ReliefDuration;
    /** Share of each arm's assessed patients with each one-month status. */
    shares: {arm: PatientRow["arm"]; response_1mo: NonNullable<PatientRow["response_1mo"]>; count: number; share: number}[];
  };
  /** Adjusted P by test, over every test the filters can show (under MIN_CELL, every test of the states shown). */
  adjusted: Record<ResponseTestName, number | null>;
  family: Pick<TestFamily, "views" | "tests" | "hidden">;
}

/** Each relieved patient's months, by arm, with the tests; or, under MIN_CELL, what the page prints of them alone. */
export type ReliefDuration = ResponseTests["duration"] | WithheldDuration;

export interface WithheldDuration {
  t: {p: number} | null;
  rank: {p: number} | null;
  note: string | null;
  withheld: {minCell: number; chemo: ReliefSummary; bland: ReliefSummary};
}

export interface ReliefSummary {
  /** Relieved patients with their months of relief. */
  n: number;
  /** Mean months of relief; null for no patient, or for fewer than MIN_CELL. */
  mean: number | null;
}

export const RESPONSE_FILTERS = ["tumor", "hormonal"] as const;

export const RESPONSE_PARTS: PageParts<ResponseStatistics> = {table: [...RESPONSE_FILTERS, "confLevel"], adjusted: [...RESPONSE_FILTERS], family: []};

/** Every test the filters can show, weighed once, under MIN_CELL (`minCell`) those of the states shown; the P values do not depend on the confidence level. */
export function responseFamily(patients: readonly PatientRow[], minCell: number | null = null): TestFamily {
  return filterFamily(patients, [...RESPONSE_FILTERS], minCell, (rows) => Object.values(responseTests(rows).tests));
}

function withheldDuration({chemo, bland, t, rank, note}: ResponseTests["duration"], minCell: number): WithheldDuration {
  const summary = (months: readonly number[]): ReliefSummary => ({n: months.length, mean: months.length >= minCell ? (mean(months) ?? null) : null});
  return {t: t && {p: t.p}, rank: rank && {p: rank.p}, note, withheld: {minCell, chemo: summary(chemo), bland: summary(bland)}};
}

const STATUSES = ["regression", "stabilization", "progression"] as const;

/** `minCell` (MIN_CELL above 1): the months of relief as the page prints them (WithheldDuration), not per patient. */
export function responseStatistics(patients: readonly PatientRow[], {tumor, hormonal, confLevel}: Pick<PatientFilters, "tumor" | "hormonal"> & {confLevel: number}, family: TestFamily, {minCell = null}: {minCell?: number | null} = {}): ResponseStatistics {
  const subset = filterPatients(patients, {tumor, hormonal});
  const {assessed, regression, relief, duration, tests} = responseTests(subset, {confLevel});
  const shares = (["chemoembolization", "bland"] as const).flatMap((arm) => {
    const inArm = assessed.filter((p) => p.arm === arm);
    return STATUSES.map((status) => ({arm, response_1mo: status, count: inArm.filter((p) => p.response_1mo === status).length, share: 0})).filter((s) => s.count > 0).map((s) => ({...s, share: s.count / inArm.length}));
  });
  return {
    table: {patients: subset.length, assessed: assessed.length, regression, relief, duration: minCell === null || minCell <= 1 ? duration : withheldDuration(duration, minCell), shares},
    adjusted: Object.fromEntries(Object.entries(tests).map(([name, test]) => [name, family.adjusted(test.key)])) as Record<ResponseTestName, number | null>,
    family: familyScope(family)
  };
}

// What /response shows for one state of its two filters and confidence level:
// regression at one month and symptomatic relief by arm, how long relief
// lasted, and each P's Benjamini–Hochberg adjustment over the page's family of
// views.
import {filterPatients, type PatientFilters} from "./filter-patients.js";
import type {PatientRow} from "./patient-row.js";
import type {PageParts} from "./published-statistics.js";
import {responseTests, type ResponseTests} from "./response-tests.js";
import {testFamily, type TestFamily} from "./test-family.js";
import {filterStates} from "./view-family.js";

export type ResponseTestName = keyof ResponseTests["tests"];

export interface ResponseStatistics {
  table: {
    patients: number;
    assessed: number;
    regression: ResponseTests["regression"];
    relief: ResponseTests["relief"];
    duration: ResponseTests["duration"];
    /** Share of each arm's assessed patients with each one-month status. */
    shares: {arm: PatientRow["arm"]; response_1mo: NonNullable<PatientRow["response_1mo"]>; count: number; share: number}[];
  };
  /** Adjusted P by test, over every test the filters can show. */
  adjusted: Record<ResponseTestName, number | null>;
  family: {views: number; tests: number};
}

export const RESPONSE_FILTERS = ["tumor", "hormonal"] as const;

export const RESPONSE_PARTS: PageParts<ResponseStatistics> = {table: [...RESPONSE_FILTERS, "confLevel"], adjusted: [...RESPONSE_FILTERS], family: []};

/** Every test the filters can show, weighed once; the P values do not depend on the confidence level. */
export function responseFamily(patients: readonly PatientRow[]): TestFamily {
  return testFamily(filterStates([...RESPONSE_FILTERS]), (filters) => Object.values(responseTests(filterPatients(patients, filters)).tests));
}

const STATUSES = ["regression", "stabilization", "progression"] as const;

export function responseStatistics(patients: readonly PatientRow[], {tumor, hormonal, confLevel}: Pick<PatientFilters, "tumor" | "hormonal"> & {confLevel: number}, family: TestFamily): ResponseStatistics {
  const subset = filterPatients(patients, {tumor, hormonal});
  const {assessed, regression, relief, duration, tests} = responseTests(subset, {confLevel});
  const shares = (["chemoembolization", "bland"] as const).flatMap((arm) => {
    const inArm = assessed.filter((p) => p.arm === arm);
    return STATUSES.map((status) => ({arm, response_1mo: status, count: inArm.filter((p) => p.response_1mo === status).length, share: 0})).filter((s) => s.count > 0).map((s) => ({...s, share: s.count / inArm.length}));
  });
  return {
    table: {patients: subset.length, assessed: assessed.length, regression, relief, duration, shares},
    adjusted: Object.fromEntries(Object.entries(tests).map(([name, test]) => [name, family.adjusted(test.key)])) as Record<ResponseTestName, number | null>,
    family: {views: family.views, tests: family.tests}
  };
}

// Table 1 style comparison of the arms: n (%) for categories with Fisher's
// exact test (2 levels) or Pearson's chi-square (more levels), mean (range)
// for measurements with Student's t test, as the paper's Methods say. Where
// chi-square's approximation fails Cochran's rule, the exact Fisher–Freeman–Halton
// test replaces it.
import {extent, mean} from "d3";
import {chiSquareTest, fisherExact, fisherExactRxC, tTest} from "../stats/index.js";
import type {PatientRow} from "./patient-row.js";
import {MIN_GROUP_SIZE} from "./small-groups.js";
import {testKey, type FamilyTest} from "./test-family.js";

export interface BaselineRow {
  characteristic: string;
  level?: string;
  chemoembolization: string;
  bland: string;
  p: number | null;
  test: string;
}

type Flag = {[K in keyof PatientRow]-?: PatientRow[K] extends 0 | 1 ? K : never}[keyof PatientRow];
type Measure = "age_at_diagnosis" | "months_diagnosis_to_liver_metastases" | "months_liver_metastases_to_embolization" | "procedures_initial_cycle" | "procedures_total";

const FLAGS: [Flag, string][] = [
  ["hormonally_active", "Hormonally active tumour"],
  ["extrahepatic_disease", "Extrahepatic disease"],
  ["prior_primary_resection", "Prior resection of the primary"],
  ["prior_hepatectomy", "Prior partial hepatectomy"],
  ["prior_chemotherapy", "Prior chemotherapy"],
  ["prior_radiation", "Prior radiation therapy"],
  ["liver_metastases_3plus", "Three or more liver metastases"],
  ["retreated", "Treated again after the initial cycle"],
  ["lost_to_follow_up", "Lost to follow-up"]
];

const MEASURES: [Measure, string][] = [
  ["age_at_diagnosis", "Age at diagnosis, years"],
  ["months_diagnosis_to_liver_metastases", "Diagnosis to liver metastases, months"],
  ["months_liver_metastases_to_embolization", "Liver metastases to first embolization, months"],
  ["procedures_initial_cycle", "Procedures in the initial cycle"],
  ["procedures_total", "Procedures in total"]
];

export const TUMOR_NAMES: Record<PatientRow["primary_tumor"], string> = {
  carcinoid: "Carcinoid",
  pancreatic_islet: "Pancreatic islet cell",
  gastrinoma: "Gastrinoma",
  other_net: "Other NET",
  uncharacterized: "Uncharacterized NET"
};

// An empty arm has no share: "—", not "0 (0%)".
const percentOf = (k: number, n: number) => (n ? `${k} (${Math.round((100 * k) / n)}%)` : "—");

function split(patients: readonly PatientRow[]) {
  return [patients.filter((p) => p.arm === "chemoembolization"), patients.filter((p) => p.arm === "bland")] as const;
}

function flagRow(patients: readonly PatientRow[], flag: Flag, characteristic: string): BaselineRow {
  const [chemo, bland] = split(patients);
  const yes = (rows: readonly PatientRow[]) => rows.filter((p) => p[flag] === 1).length;
  const table: [[number, number], [number, number]] = [[yes(chemo), chemo.length - yes(chemo)], [yes(bland), bland.length - yes(bland)]];
  const testable = chemo.length > 0 && bland.length > 0;
  // A characteristic every patient shares, or none does (the filter chose it), has nothing to test.
  const constant = table[0][0] + table[1][0] === 0 || table[0][1] + table[1][1] === 0;
  const summary = {characteristic, chemoembolization: percentOf(yes(chemo), chemo.length), bland: percentOf(yes(bland), bland.length)};
  if (testable && constant) return {...summary, p: null, test: "no test: the same in every patient"};
  return {...summary, p: testable ? fisherExact(table).p : null, test: "Fisher's exact"};
}

function categoryRows<K extends "sex" | "primary_tumor">(patients: readonly PatientRow[], key: K, characteristic: string, levels: {value: PatientRow[K]; name: string}[]): BaselineRow[] {
  const [chemo, bland] = split(patients);
  const count = (rows: readonly PatientRow[], value: PatientRow[K]) => rows.filter((p) => p[key] === value).length;
  const present = levels.filter(({value}) => count(patients, value) > 0);
  const table = [chemo, bland].map((rows) => present.map(({value}) => count(rows, value)));
  let p: number | null = null;
  let test = "";
  if (chemo.length > 0 && bland.length > 0 && present.length >= 2) {
    if (present.length === 2) ({p, test} = {p: fisherExact(table as [[number, number], [number, number]]).p, test: "Fisher's exact"});
    else ({p, test} = manyLevels(table));
  }
  return levels.map(({value, name}, i) => ({
    characteristic: i === 0 ? characteristic : "",
    level: name,
    chemoembolization: percentOf(count(chemo, value), chemo.length),
    bland: percentOf(count(bland, value), bland.length),
    p: i === 0 ? p : null,
    test: i === 0 ? test : ""
  }));
}

/**
 * Cochran's rule: chi-square is trusted when no expected count is below 1 and
 * at most 20% are below 5. Otherwise the exact test, unless the margins allow
 * too many tables to enumerate (large supplied cohorts), where chi-square's
 * approximation is good again for all but the sparsest levels.
 */
function manyLevels(table: number[][]): {p: number; test: string} {
  const chiSquare = chiSquareTest(table);
  const expected = chiSquare.expected.flat();
  const cochran = expected.every((e) => e >= 1) && expected.filter((e) => e < 5).length <= 0.2 * expected.length;
  if (cochran) return {p: chiSquare.p, test: "Pearson chi-square"};
  try {
    return {p: fisherExactRxC(table).p, test: "Fisher–Freeman–Halton exact"};
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return {p: chiSquare.p, test: "Pearson chi-square (too many tables for the exact test)"};
  }
}

function measureRow(patients: readonly PatientRow[], key: Measure, characteristic: string): BaselineRow {
  const [chemo, bland] = split(patients);
  const summary = (rows: readonly PatientRow[]) => {
    if (!rows.length) return "—";
    const [lo, hi] = extent(rows, (p) => p[key]) as [number, number];
    return `${mean(rows, (p) => p[key])!.toFixed(1)} (${lo}–${hi})`;
  };
  const x = chemo.map((p) => p[key]);
  const y = bland.map((p) => p[key]);
  const p = x.length >= 2 && y.length >= 2 && (new Set(x).size > 1 || new Set(y).size > 1) ? tTest(x, y, {varEqual: true}).p : null;
  return {characteristic, chemoembolization: summary(chemo), bland: summary(bland), p, test: "Student's t"};
}

/** The small-group rule: with an arm under MIN_GROUP_SIZE patients the rows keep their counts but lose their P values, and the Test column says why. */
export const SMALL_ARM_TEST = `no test: fewer than ${MIN_GROUP_SIZE} patients in an arm`;

export function baselineTable(patients: readonly PatientRow[]): BaselineRow[] {
  const [chemo, bland] = split(patients);
  const rows = baselineRows(patients, chemo, bland);
  if (chemo.length >= MIN_GROUP_SIZE && bland.length >= MIN_GROUP_SIZE) return rows;
  return rows.map((row) => (row.test ? {...row, p: null, test: SMALL_ARM_TEST} : row));
}

/** The table's tests keyed for a family of views (test-family.ts): one per characteristic that has a test. */
export function baselineTests(patients: readonly PatientRow[], rows: readonly BaselineRow[] = baselineTable(patients)): (FamilyTest & {characteristic: string})[] {
  return rows.filter((row) => row.test !== "").map((row) => ({characteristic: row.characteristic, key: testKey(`baseline|${row.characteristic}`, patients), p: () => row.p}));
}

function baselineRows(patients: readonly PatientRow[], chemo: readonly PatientRow[], bland: readonly PatientRow[]): BaselineRow[] {
  return [
    {characteristic: "Patients", chemoembolization: String(chemo.length), bland: String(bland.length), p: null, test: ""},
    ...categoryRows(patients, "sex", "Sex", [{value: "F", name: "Women"}, {value: "M", name: "Men"}]),
    ...categoryRows(patients, "primary_tumor", "Primary tumour", (Object.keys(TUMOR_NAMES) as PatientRow["primary_tumor"][]).map((value) => ({value, name: TUMOR_NAMES[value]}))),
    ...MEASURES.map(([key, name]) => measureRow(patients, key, name)),
    ...FLAGS.map(([flag, name]) => flagRow(patients, flag, name))
  ];
}

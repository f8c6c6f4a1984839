import {expect, it} from "vitest";
import {baselineTable} from "../../src/lib/analysis/baseline-table.js";
import type {PatientRow} from "../../src/lib/analysis/patient-row.js";
import {chiSquareTest, fisherExact, fisherExactRxC, tTest} from "../../src/lib/stats/index.js";
import {patients as reference} from "./reference-cohort.js";
import {patients} from "./small-cohort.js";

const rows = baselineTable(patients);
const chemo = patients.filter((p) => p.arm === "chemoembolization");
const bland = patients.filter((p) => p.arm === "bland");

it("counts patients per arm", () => {
  expect(rows[0]).toEqual({characteristic: "Patients", chemoembolization: String(chemo.length), bland: String(bland.length), p: null, test: ""});
});

it("gives n (%) and Fisher's exact P for two-level characteristics", () => {
  const row = rows.find((r) => r.characteristic === "Hormonally active tumour")!;
  const yes = (rs: typeof patients) => rs.filter((p) => p.hormonally_active === 1).length;
  expect(row.chemoembolization).toBe(`${yes(chemo)} (${Math.round((100 * yes(chemo)) / chemo.length)}%)`);
  expect(row.p).toBe(fisherExact([[yes(chemo), chemo.length - yes(chemo)], [yes(bland), bland.length - yes(bland)]]).p);
  expect(row.test).toBe("Fisher's exact");
});

const TUMOUR_LEVELS = ["Carcinoid", "Pancreatic islet cell", "Gastrinoma", "Other NET", "Uncharacterized NET"];
const TYPES = ["carcinoid", "pancreatic_islet", "gastrinoma", "other_net", "uncharacterized"] as const;
const tumourRows = (cohort: readonly PatientRow[]) => baselineTable(cohort).filter((r) => r.level && TUMOUR_LEVELS.includes(r.level));
const tumourTable = (cohort: readonly PatientRow[]) =>
  ["chemoembolization", "bland"].map((arm) => TYPES.map((t) => cohort.filter((p) => p.arm === arm && p.primary_tumor === t).length));

it("gives one P across the tumour types, on the first level's row", () => {
  const tumours = tumourRows(patients);
  expect(tumours).toHaveLength(5);
  expect(tumours.slice(1).every((r) => r.p === null && r.characteristic === "" && r.test === "")).toBe(true);
});

it("uses the Fisher–Freeman–Halton exact test when chi-square fails Cochran's rule (reference cohort: R fisher.test 0.910)", () => {
  const table = tumourTable(reference);
  expect(table).toEqual([[23, 10, 3, 2, 6], [15, 4, 1, 1, 2]]);
  // 6 of 10 expected counts are below 5
  expect(chiSquareTest(table).expected.flat().filter((e) => e < 5)).toHaveLength(6);
  const [row] = tumourRows(reference);
  expect(row.test).toBe("Fisher–Freeman–Halton exact");
  expect(row.p).toBe(fisherExactRxC(table).p);
  expect(row.p).toBeCloseTo(0.910284875793148, 12);
});

it("keeps Pearson's chi-square when expected counts are large enough", () => {
  const many = Array.from({length: 10}, (_, copy) => reference.map((p) => ({...p, id: `${p.id}-${copy}`}))).flat();
  expect(chiSquareTest(tumourTable(many)).expected.flat().every((e) => e >= 5)).toBe(true);
  const [row] = tumourRows(many);
  expect(row.test).toBe("Pearson chi-square");
  expect(row.p).toBe(chiSquareTest(tumourTable(many)).p);
});

it("falls back to chi-square, and says so, when the exact test has too many tables to enumerate", () => {
  const many = Array.from({length: 30}, (_, copy) => reference.map((p) => ({...p, id: `${p.id}-${copy}`}))).flat();
  // four common types and a single patient of the fifth: one expected count below 1, millions of tables near the observed one
  const rare = many.map((p, i) => ({...p, primary_tumor: i === 0 ? "uncharacterized" as const : TYPES[i % 4]}));
  expect(chiSquareTest(tumourTable(rare)).expected.flat().some((e) => e < 1)).toBe(true);
  expect(() => fisherExactRxC(tumourTable(rare))).toThrow("too large for exact enumeration");
  const [row] = tumourRows(rare);
  expect(row.test).toBe("Pearson chi-square (too many tables for the exact test)");
  expect(row.p).toBe(chiSquareTest(tumourTable(rare)).p);
});

it("gives mean (range) and Student's t for measurements", () => {
  const row = rows.find((r) => r.characteristic === "Age at diagnosis, years")!;
  const ages = chemo.map((p) => p.age_at_diagnosis);
  const mean = ages.reduce((s, a) => s + a, 0) / ages.length;
  expect(row.chemoembolization).toBe(`${mean.toFixed(1)} (${Math.min(...ages)}–${Math.max(...ages)})`);
  expect(row.p).toBe(tTest(ages, bland.map((p) => p.age_at_diagnosis), {varEqual: true}).p);
});

it("leaves P empty when an arm is missing", () => {
  const only = baselineTable(chemo);
  expect(only.filter((r) => r.p !== null)).toEqual([]);
  expect(only.find((r) => r.characteristic === "Age at diagnosis, years")!.bland).toBe("—");
});

it("tests no characteristic that a filter made the same for everyone", () => {
  const inactive = reference.filter((p) => p.hormonally_active === 0);
  const row = baselineTable(inactive).find((r) => r.characteristic === "Hormonally active tumour")!;
  expect(row).toMatchObject({chemoembolization: expect.stringMatching(/^0 \(0%\)$/), bland: "0 (0%)", p: null, test: "no test: the same in every patient"});
});

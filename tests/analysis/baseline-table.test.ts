import {expect, it} from "vitest";
import {baselineTable} from "../../src/lib/analysis/baseline-table.js";
import {chiSquareTest, fisherExact, tTest} from "../../src/lib/stats/index.js";
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

it("uses Pearson's chi-square across the tumour types present", () => {
  const tumourRows = rows.filter((r) => r.level && ["Carcinoid", "Pancreatic islet cell", "Gastrinoma", "Other NET", "Uncharacterized NET"].includes(r.level));
  expect(tumourRows).toHaveLength(5);
  const types = ["carcinoid", "pancreatic_islet", "gastrinoma", "other_net", "uncharacterized"];
  const table = [chemo, bland].map((rs) => types.map((t) => rs.filter((p) => p.primary_tumor === t).length));
  expect(tumourRows[0].p).toBe(chiSquareTest(table).p);
  expect(tumourRows[0].test).toBe("Pearson chi-square");
  expect(tumourRows.slice(1).every((r) => r.p === null && r.characteristic === "")).toBe(true);
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

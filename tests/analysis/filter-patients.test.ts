import {describe, expect, it} from "vitest";
import {filterPatients, proceduresOf} from "../../src/lib/analysis/filter-patients.js";
import {patients, procedures} from "./small-cohort.js";

it("keeps everyone without filters and combines filters with AND", () => {
  expect(filterPatients(patients, {})).toEqual([...patients]);
  const carcinoid = filterPatients(patients, {tumor: "carcinoid"});
  expect(carcinoid.every((p) => p.primary_tumor === "carcinoid")).toBe(true);
  const non = filterPatients(patients, {tumor: "noncarcinoid"});
  expect(carcinoid.length + non.length).toBe(patients.length);
  const both = filterPatients(patients, {tumor: "carcinoid", hormonal: "active", extrahepatic: "absent"});
  expect(both).toEqual(patients.filter((p) => p.primary_tumor === "carcinoid" && p.hormonally_active === 1 && p.extrahepatic_disease === 0));
});

describe("proceduresOf", () => {
  it("keeps the procedures of the given patients, in file order", () => {
    const carcinoid = filterPatients(patients, {tumor: "carcinoid"});
    const ids = new Set(carcinoid.map((p) => p.id));
    const kept = proceduresOf(procedures, carcinoid);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(procedures.length);
    expect(kept).toEqual(procedures.filter((r) => ids.has(r.patient_id)));
  });
});

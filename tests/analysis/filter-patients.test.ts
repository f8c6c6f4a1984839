import {expect, it} from "vitest";
import {filterPatients} from "../../src/lib/analysis/filter-patients.js";
import {patients} from "./small-cohort.js";

it("keeps everyone without filters and combines filters with AND", () => {
  expect(filterPatients(patients, {})).toEqual([...patients]);
  const carcinoid = filterPatients(patients, {tumor: "carcinoid"});
  expect(carcinoid.every((p) => p.primary_tumor === "carcinoid")).toBe(true);
  const non = filterPatients(patients, {tumor: "noncarcinoid"});
  expect(carcinoid.length + non.length).toBe(patients.length);
  const both = filterPatients(patients, {tumor: "carcinoid", hormonal: "active", extrahepatic: "absent"});
  expect(both).toEqual(patients.filter((p) => p.primary_tumor === "carcinoid" && p.hormonally_active === 1 && p.extrahepatic_disease === 0));
});

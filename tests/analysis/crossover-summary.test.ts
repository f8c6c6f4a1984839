import {expect, it} from "vitest";
import {crossoverSummary} from "../../src/lib/analysis/crossover-summary.js";
import {patients, procedures} from "./small-cohort.js";

it("counts procedures by modality and the patients who received both", () => {
  const [chemo, bland] = crossoverSummary(patients, procedures);
  expect(chemo.arm).toBe("chemoembolization");
  expect(chemo.patients + bland.patients).toBe(patients.length);
  expect(chemo.procedures + bland.procedures).toBe(procedures.length);
  for (const row of [chemo, bland]) {
    const ids = new Set(patients.filter((p) => p.arm === row.arm).map((p) => p.id));
    const mine = procedures.filter((r) => ids.has(r.patient_id));
    expect(row.chemoembolizationProcedures).toBe(mine.filter((r) => r.modality === "chemoembolization").length);
    const both = [...ids].filter((id) => new Set(mine.filter((r) => r.patient_id === id).map((r) => r.modality)).size === 2);
    expect(row.crossoverPatients.map((c) => c.id)).toEqual(both);
    expect(row.crossover).toBe(both.length);
  }
  expect(chemo.crossover + bland.crossover).toBeGreaterThan(0);
});

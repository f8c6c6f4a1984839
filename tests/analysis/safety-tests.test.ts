import {expect, it} from "vitest";
import {filterPatients, proceduresOf} from "../../src/lib/analysis/filter-patients.js";
import {safetyTests} from "../../src/lib/analysis/safety-tests.js";
import {patients, procedures} from "./reference-cohort.js";

it("keys the infection and grade ≥ 3 tests, per patient and per procedure, with the values the page prints", () => {
  const s = safetyTests(patients, procedures);
  expect(s.tests.infectionByProcedure.p()).toBeCloseTo(0.0971284, 6);
  expect(s.tests.infectionByPatient.p()).toBeCloseTo(0.2470004, 6);
  expect(s.tests.infectionClustered.p()).toBe(s.infection.byProcedure.clustered!.p);
  expect(s.tests.severeByPatient.p()).toBe(s.severe.byPatient.fisherP);
  expect(s.tests.severeClustered.p()).toBe(s.severe.byProcedure.clustered!.p);
  // Procedures are weighed in patients, the clusters: those with any chemoembolization (crossover patients included) and any bland embolization.
  const had = (modality: string) => new Set(procedures.filter((r) => r.modality === modality).map((r) => r.patient_id)).size;
  expect(s.infection.byProcedure.groups).toEqual([had("chemoembolization"), had("bland")]);
  expect(s.infection.byPatient.groups).toEqual([44, 23]);
  expect(new Set(Object.values(s.tests).map((t) => t.key)).size).toBe(5);
});

it("keys the same test of other patients apart", () => {
  const carcinoid = filterPatients(patients, {tumor: "carcinoid"});
  const a = safetyTests(patients, procedures).tests.infectionByPatient.key;
  const b = safetyTests(carcinoid, proceduresOf(procedures, carcinoid)).tests.infectionByPatient.key;
  expect(a).not.toBe(b);
});

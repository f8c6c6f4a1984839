import {expect, it} from "vitest";
import {compareProcedureOutcome} from "../../src/lib/analysis/procedure-outcome.js";
import {toxicitySummary} from "../../src/lib/analysis/toxicity-summary.js";
import {readFixture} from "../../data-loaders/engine-validation/read-fixture.js";
import type {ClusteredOddsRatioCase, ClusteredProportionCase} from "../../data-loaders/engine-validation/stats-clustered.js";
import {expectClose} from "../stats/expect-close.js";
import {patients, procedures} from "./reference-cohort.js";

const infection = compareProcedureOutcome(patients, procedures, (r) => r.grade_infection >= 1);

it("compares infections per procedure: Fisher 0.097 treating procedures as independent", () => {
  expect(infection.byProcedure.table).toEqual([[9, 130], [1, 79]]);
  expect(infection.byProcedure.fisherP).toBeCloseTo(0.0971284, 6);
});

it("gives the per-procedure odds ratio with patients as clusters, equal to R glm + sandwich::vcovCL", () => {
  const r = readFixture<ClusteredOddsRatioCase[]>("stats-clustered-odds-ratio.json").find((c) => c.label === "reference cohort, any grade infection by modality" && c.confLevel === 0.95)!;
  const clustered = infection.byProcedure.clustered!;
  for (const key of ["estimate", "lower", "upper", "se", "p"] as const) expectClose(clustered[key], r[key], 1e-9, key);
  expect(clustered.clusters).toBe(67);
  expect(clustered.p).toBeCloseTo(0.125, 3);
});

it("counts each patient once per arm: Fisher 0.25 (R fisher.test 0.2470)", () => {
  expect(infection.byPatient.table).toEqual([[7, 37], [1, 22]]);
  expect(infection.byPatient.fisherP).toBeCloseTo(0.2470004, 6);
  expect(infection.byPatient.clustered).toBeNull();
});

it("gives toxicity shares a cluster-robust interval equal to R (bland, any-grade pain)", () => {
  const r = readFixture<ClusteredProportionCase[]>("stats-clustered-proportion.json").find((c) => c.label === "reference cohort, bland, any grade pain" && c.confLevel === 0.95)!;
  const cell = toxicitySummary(procedures).find((c) => c.modality === "bland" && c.toxicity === "pain" && c.grade === "any")!;
  expectClose(cell.percent! / 100, r.estimate, 1e-12, "estimate");
  expectClose(cell.clusteredLower! / 100, r.lower, 1e-9, "lower");
  expectClose(cell.clusteredUpper! / 100, r.upper, 1e-9, "upper");
});

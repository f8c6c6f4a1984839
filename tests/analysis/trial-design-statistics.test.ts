import {expect, it} from "vitest";
import {effectEstimates} from "../../src/lib/analysis/effect-estimates.js";
import {endpointData} from "../../src/lib/analysis/endpoints.js";
import {trialDesignStatistics} from "../../src/lib/analysis/trial-design-statistics.js";
import {kaplanMeier} from "../../src/lib/survival/index.js";
import {patients} from "./reference-cohort.js";

it("gives the Cox estimate by arm and each arm's Kaplan–Meier curve for the endpoint", () => {
  const {cohort} = trialDesignStatistics(patients, {endpoint: "ttp"});
  expect(cohort.patients).toBe(67);
  expect(cohort.observed).toEqual(effectEstimates(patients, {endpoint: "ttp", groupBy: "arm"}));
  const {rows, time, event} = endpointData(patients, "ttp");
  const bland = rows.map((p) => p.arm === "bland");
  expect(cohort.control.fit).toEqual(kaplanMeier({time: time.filter((_, i) => bland[i]), event: event.filter((_, i) => bland[i])}));
  expect(cohort.armSizes).toEqual([bland.filter((b) => !b).length, bland.filter(Boolean).length]);
  expect(cohort.control.n + cohort.treated.n).toBe(rows.length);
});

it("gives both arms' curves and sizes from weighted rows as from the patients they stand for", () => {
  // Every row twice as one row of weight 2: the same curves, each arm twice the patients.
  const weighted = patients.map((p) => ({...p, endpoint: "tttf" as const, weight: 2}));
  const doubled = [...patients, ...patients];
  const {cohort} = trialDesignStatistics(weighted, {endpoint: "tttf"});
  const plain = trialDesignStatistics(doubled, {endpoint: "tttf"}).cohort;
  expect(cohort.armSizes).toEqual(plain.armSizes);
  for (const arm of ["control", "treated"] as const) {
    expect(cohort[arm].n).toBe(plain[arm].n);
    expect(Array.from(cohort[arm].fit!.surv)).toEqual(Array.from(plain[arm].fit!.surv));
  }
  const chemo = endpointData(patients, "tttf").rows.filter((p) => p.arm === "chemoembolization").length;
  expect(cohort.treated.n).toBe(2 * chemo);
});

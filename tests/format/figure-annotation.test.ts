import {readFileSync} from "node:fs";
import {expect, it} from "vitest";
import {compareSurvival} from "../../src/lib/analysis/compare-survival.js";
import {effectEstimates} from "../../src/lib/analysis/effect-estimates.js";
import {parsePatients} from "../../src/lib/analysis/parse-cohort-csv.js";
import {formatFigureAnnotation} from "../../src/lib/format/figure-annotation.js";
import {formatP} from "../../src/lib/format/p-value.js";
import {REFERENCE_COHORT_DIR} from "../reconstruction/reference-cohort.js";

const patients = parsePatients(readFileSync(`${REFERENCE_COHORT_DIR}/patients.csv`, "utf8"));

it("prints the labelled P, then the hazard ratio with its CI and the groups it compares", () => {
  const comparison = compareSurvival(patients, {endpoint: "ttp", groupBy: "arm"});
  const effects = effectEstimates(patients, {endpoint: "ttp", groupBy: "arm", confLevel: 0.9});
  const hr = effects.hazardRatio!;
  expect(formatFigureAnnotation(comparison, effects)).toEqual([
    `${formatP(comparison.test!.p)} (log-rank)`,
    `HR ${hr.estimate.toFixed(2)} (90% CI ${hr.lower.toFixed(2)}–${hr.upper.toFixed(2)}), chemoembolization vs bland embolization`
  ]);
});

it("gives the P line alone without effects, and the note when there is no test", () => {
  const comparison = compareSurvival(patients, {endpoint: "ttp", groupBy: "tumor"});
  expect(formatFigureAnnotation(comparison)).toEqual([`${formatP(comparison.test!.p)} (log-rank)`]);
  expect(formatFigureAnnotation({test: null, testName: "log-rank", note: "Only one group under the current filters."})).toEqual(["Only one group under the current filters."]);
  expect(formatFigureAnnotation({test: null, testName: "log-rank", note: null}, null)).toEqual([]);
});

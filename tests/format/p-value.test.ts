import {expect, it} from "vitest";
import {formatComparisonP, formatLabelledP, formatP, formatPValue} from "../../src/lib/format/p-value.js";
import {compareSurvival} from "../../src/lib/analysis/compare-survival.js";
import {readFileSync} from "node:fs";
import {parsePatients} from "../../src/lib/analysis/parse-cohort-csv.js";
import {REFERENCE_COHORT_DIR} from "../reconstruction/reference-cohort.js";

const patients = parsePatients(readFileSync(`${REFERENCE_COHORT_DIR}/patients.csv`, "utf8"));

it("prints two significant digits", () => {
  expect(formatP(0.1623)).toBe("P = 0.16");
  expect(formatP(0.08)).toBe("P = 0.08");
  expect(formatP(0.0123)).toBe("P = 0.012");
  expect(formatP(0.5)).toBe("P = 0.5");
  expect(formatP(0.04999)).toBe("P = 0.05");
});

it("bounds the extremes", () => {
  expect(formatP(0.0004)).toBe("P < 0.001");
  expect(formatP(0.001)).toBe("P = 0.001");
  expect(formatP(0.999)).toBe("P > 0.99");
  expect(formatP(null)).toBe("P = —");
  expect(formatP(Number.NaN)).toBe("P = —");
});

it("labels the test", () => {
  expect(formatLabelledP(0.16, "log-rank")).toBe("P = 0.16 (log-rank)");
});

it("prints the number alone for P columns", () => {
  expect(formatPValue(0.1623)).toBe("0.16");
  expect(formatPValue(0.0001)).toBe("< 0.001");
  expect(formatPValue(null)).toBe("—");
});

it("labels a survival comparison's P with its test, or says why there is none", () => {
  const byArm = compareSurvival(patients, {endpoint: "ttp", groupBy: "arm"});
  expect(formatComparisonP(byArm)).toBe(formatLabelledP(byArm.test!.p, "log-rank"));
  const petoPeto = compareSurvival(patients, {endpoint: "ttp", groupBy: "arm", rho: 1});
  expect(formatComparisonP(petoPeto)).toBe(formatLabelledP(petoPeto.test!.p, "Peto–Peto"));
  const oneArm = compareSurvival(patients.filter((p) => p.arm === "bland"), {endpoint: "ttp", groupBy: "arm"});
  expect(formatComparisonP(oneArm)).toBe(oneArm.note);
});

import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {analysedPopulation} from "../../src/lib/analysis/analysed-population.js";
import {parsePatients} from "../../src/lib/analysis/parse-cohort-csv.js";
import {formatAnalysedPopulation} from "../../src/lib/format/analysed-population.js";
import {fisherExact, fisherExactRxC} from "../../src/lib/stats/index.js";
import {REFERENCE_COHORT_DIR} from "../reconstruction/reference-cohort.js";

const reference = parsePatients(readFileSync(`${REFERENCE_COHORT_DIR}/patients.csv`, "utf8"));

describe("analysedPopulation", () => {
  it("counts who TTP analyses by arm, who it leaves out and why, and tests the difference", () => {
    const population = analysedPopulation(reference, "ttp", "arm");
    expect(population).toMatchObject({
      analysed: 57,
      total: 67,
      groups: [
        {group: "chemoembolization", analysed: 41, total: 44},
        {group: "bland", analysed: 16, total: 23}
      ],
      reason: "never assessed for progression after treatment (lost to follow-up)"
    });
    expect(population.exclusionP).toBe(fisherExact([[3, 41], [7, 16]]).p);
    expect(population.exclusionP).toBeCloseTo(0.025, 3);
    expect(formatAnalysedPopulation(population)).toBe(
      "Analysed: 57 of 67 patients (chemoembolization 41 of 44, bland embolization 16 of 23). " +
        "Left out: 10, never assessed for progression after treatment (lost to follow-up): 3 vs 7, P = 0.025 (Fisher's exact) for a difference between the groups."
    );
  });

  it("leaves nobody out of survival, and says so", () => {
    const population = analysedPopulation(reference, "os_embolization", "tumor");
    expect(population).toMatchObject({analysed: 67, total: 67, reason: null, exclusionP: null});
    expect(formatAnalysedPopulation(population)).toMatch(/^Analysed: 67 of 67 patients \(carcinoid \d+ of \d+, noncarcinoid \d+ of \d+\)\. Nobody is left out\.$/);
  });

  it("gives no test of the left-out share with fewer than 5 patients in a group, and says so", () => {
    const fourBland = [...reference.filter((p) => p.arm === "chemoembolization"), ...reference.filter((p) => p.arm === "bland" && p.ttp_months === null).slice(0, 2), ...reference.filter((p) => p.arm === "bland" && p.ttp_months !== null).slice(0, 2)];
    const population = analysedPopulation(fourBland, "ttp", "arm");
    expect(population.groups[1]).toMatchObject({total: 4, analysed: 2});
    expect(population.exclusionP).toBeNull();
    expect(formatAnalysedPopulation(population)).toMatch(/: 3 vs 2; no test of a difference, with fewer than 5 patients in a group\.$/);
  });

  it("tests the left-out share across more than two groups with the exact 2 × k test, only when every group has 5 patients", () => {
    const types = ["carcinoid", "pancreatic_islet", "gastrinoma", "other_net", "uncharacterized"] as const;
    // Primary types dealt round-robin, so each of the five holds at least 13 patients.
    const dealt = reference.map((p, i) => ({...p, primary_tumor: types[i % 5]}));
    const population = analysedPopulation(dealt, "ttp", "primary_tumor");
    const table = population.groups.map((g) => [g.total - g.analysed, g.analysed]);
    expect(population.groups.map((g) => g.label)).toEqual(["Carcinoid", "Pancreatic islet cell", "Gastrinoma", "Other NET", "Uncharacterized NET"]);
    expect(population.groups.every((g) => g.total >= 13)).toBe(true);
    expect(table.reduce((n, [left]) => n + left, 0)).toBe(population.total - population.analysed);
    expect(population.exclusionP).toBe(fisherExactRxC(table).p);
    expect(formatAnalysedPopulation(population)).toMatch(/: \d+ vs \d+ vs \d+ vs \d+ vs \d+, P [=<>] [\d.]+ \(Fisher's exact\) for a difference between the groups\.$/);
    const fewGastrinoma = dealt.filter((p, i) => p.primary_tumor !== "gastrinoma" || i < 15);
    const small = analysedPopulation(fewGastrinoma, "ttp", "primary_tumor");
    expect(small.groups[2].total).toBeLessThan(5);
    expect(small.exclusionP).toBeNull();
    expect(formatAnalysedPopulation(small)).toMatch(/; no test of a difference, with fewer than 5 patients in a group\.$/);
  });
});

import {describe, expect, it} from "vitest";
import {TABLE1, TABLE2} from "../../data-loaders/published/index.js";
import {
  categoryCounts, consistencyReport, countsInBand, jointToxicityDenominators, ratioInBand, kmReachable, percentCounts, responseSolutions, toxicityDenominators, twoArmOddsRatio
} from "../../data-loaders/consistency/index.js";

const range = (lo: number, hi: number) => Array.from({length: hi - lo + 1}, (_, i) => lo + i);

describe("rounding bands in integers", () => {
  it("uses half-up rounding exactly at .5", () => {
    expect(ratioInBand(1, 8, 13)).toBe(true); // 12.5% prints as 13%
    expect(ratioInBand(1, 8, 12)).toBe(false);
    expect(ratioInBand(3, 8, 38)).toBe(true); // 37.5%
    expect(ratioInBand(3, 219, 1.4, 1)).toBe(true); // 1.37%
    expect(ratioInBand(44, 67, 65)).toBe(false); // 65.67% prints as 66%
    expect(ratioInBand(44, 67, 66)).toBe(true);
    expect(ratioInBand(23, 67, 34)).toBe(true);
  });

  it("lists (k, n) pairs for a percentage", () => {
    expect(percentCounts(50, 1, 10)).toEqual([{k: 1, n: 2}, {k: 2, n: 4}, {k: 3, n: 6}, {k: 4, n: 8}, {k: 5, n: 10}]);
    expect(countsInBand(67, 69)).toEqual([46]);
    expect(countsInBand(44, 50)).toEqual([22]);
    expect(countsInBand(23, 65)).toEqual([15]);
  });
});

describe("toxicity tables", () => {
  it("pins the procedure counts of each table", () => {
    expect(toxicityDenominators(TABLE1, 1, 219).map((d) => d.n)).toEqual([139, 140, 170]);
    const bland = toxicityDenominators(TABLE2, 1, 219).map((d) => d.n);
    expect(bland.slice(0, 4)).toEqual([79, 80, 116, 118]);
    expect(bland.filter((n) => [139, 140, 170].includes(219 - n))).toEqual([79, 80]);
    expect(jointToxicityDenominators(TABLE1, TABLE2, 219)).toEqual([{chemoembolization: 139, bland: 80}, {chemoembolization: 140, bland: 79}]);
  });

  it("gives the feasible grade counts of a column", () => {
    const [at139] = toxicityDenominators(TABLE1, 139, 139);
    // Pain at N = 139: 97/139 = 69.8%, 25/139 = 18.0%, 4/139 = 2.9% (5/139 = 3.6% prints as 4%), 126/139 = 90.6%.
    expect(at139.columns[0]).toEqual({category: "pain", grades: [[97, 97], [25, 25], [4, 4], [0, 0], [0, 0]], total: [126, 126]});
  });
});

describe("two-by-two tables behind odds ratios", () => {
  it("finds the unique grade ≥3 table 11/44 vs 5/23", () => {
    const tables = twoArmOddsRatio({printed: 25, n: range(1, 44)}, {printed: 22, n: range(1, 23)}, {estimate: 1.2, lower: 0.4, upper: 4.0, decimals: 1});
    expect(tables.map((t) => t.table)).toEqual([[[11, 33], [5, 18]]]);
    expect(tables[0].lower).toBeCloseTo(0.360331132963529, 12);
  });

  it("finds the unique response split: 27/9/5 of 41 and 8/6/2 of 16", () => {
    expect(categoryCounts([66, 22, 12], 44)).toEqual([{n: 41, counts: [27, 9, 5]}]);
    expect(categoryCounts([50, 38, 13], 23)).toEqual([{n: 8, counts: [4, 3, 1]}, {n: 16, counts: [8, 6, 2]}]);
    const [solution, ...rest] = responseSolutions();
    expect(rest).toEqual([]);
    expect(solution.oddsRatio.table).toEqual([[27, 14], [8, 8]]);
    expect(solution.oddsRatio.estimate).toBeCloseTo(27 / 14, 12);
  });
});

describe("Kaplan–Meier reachability", () => {
  it("knows hand-checked cases", () => {
    expect(kmReachable(41, 49)).toMatchObject({minCensored: 0, example: {numerator: 20, denominator: 41}});
    // 73% of 23: 16/23 = 69.6%, 17/23 = 73.9%, so one censoring is needed (16/22 = 72.7%).
    expect(kmReachable(23, 73)).toMatchObject({minCensored: 1, example: {blocks: [[0, 1], [6, 0]], numerator: 16, denominator: 22}});
    expect(kmReachable(16, 46).minCensored).toBe(2);
    expect(kmReachable(16, 0).minCensored).toBe(0);
  });

  it("agrees with brute force for at most one censoring", () => {
    for (let n = 1; n <= 18; ++n) {
      for (let p = 0; p <= 100; ++p) {
        let best: number | null = null;
        for (let k = 0; k <= n && best === null; ++k) if (ratioInBand(k, n, p)) best = 0;
        // One censoring after e events, then f more events among n − e − 1.
        for (let e = 0; e < n && best === null; ++e) {
          for (let f = 1; f <= n - e - 1 && best === null; ++f) {
            if (ratioInBand((n - e) * (n - e - 1 - f), n * (n - e - 1), p)) best = 1;
          }
        }
        const got = kmReachable(n, p, 1).minCensored;
        expect(got, `n=${n} p=${p}`).toBe(best);
      }
    }
  });
});

describe("consistency report", () => {
  const report = consistencyReport();

  it("is JSON-serialisable and summarised", () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(report.summary).toEqual({consistent: 155, inconsistent: 12, ambiguous: 12});
  });

  it("flags the known inconsistencies", () => {
    const rows = report.sections.flatMap((s) => s.rows);
    const verdict = (check: string) => rows.find((r) => r.check.startsWith(check))?.verdict;
    expect(verdict("Chemoembolization arm: 44/67")).toBe("inconsistent");
    expect(verdict("Carcinoid by arm")).toBe("inconsistent");
    expect(verdict("Grade ≥3 in 25% / 22% of procedures")).toBe("inconsistent");
    expect(verdict("25% vs 22% with OR 1.2")).toBe("consistent");
    expect(verdict("Joint procedure counts")).toBe("ambiguous");
    expect(verdict("\"Infection was rare (6%)\"")).toBe("inconsistent");
    expect(verdict("Survival from first embolization, bland arm: median (months) = 39")).toBe("inconsistent");
    // 73% at 6 months and a median printing as 6 meet when the median lies in (6, 6.5), as in tests/fixtures/ttp-counterexample.json.
    const bland = rows.find((r) => r.check.startsWith("TTP from stabilization, bland arm: median (months) = 6"));
    expect(bland?.verdict).toBe("consistent");
    expect(bland?.explanation).toContain("73% at 6 months lies inside the median's band [5.5, 6.5), where the curve may be on either side of 50%.");
    expect(rows.find((r) => r.check.startsWith("Joint procedure counts"))?.feasible).toEqual({pairs: [{chemoembolization: 139, bland: 80}, {chemoembolization: 140, bland: 79}]});
  });
});

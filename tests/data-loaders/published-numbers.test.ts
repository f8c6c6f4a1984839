import {execFileSync} from "node:child_process";
import {describe, expect, it} from "vitest";
import {CONTRADICTIONS, PUBLISHED_NUMBERS, TABLE1, TABLE2, TOXICITY_TABLES, publishedNumber, publishedValue, roundingBand} from "../../data-loaders/published/index.js";
import {defineNumber} from "../../data-loaders/published/define-number.js";

describe("published numbers", () => {
  it("has unique ids and the expected number of entries", () => {
    const ids = PUBLISHED_NUMBERS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(414);
  });

  it("puts every value inside its own rounding band", () => {
    for (const d of PUBLISHED_NUMBERS) {
      if (d.relation === "rounded") {
        expect(d.value, d.id).toBeGreaterThanOrEqual(d.band[0]);
        expect(d.value, d.id).toBeLessThan(d.band[1]);
      } else {
        expect(d.relation === "less_than" ? d.band[1] : d.band[0], d.id).toBe(d.value);
      }
    }
  });

  it("reads value, precision and band from the printed text", () => {
    expect(publishedNumber("ttp.logrank.all")).toMatchObject({value: 0.16, decimals: 2, band: [0.155, 0.165], inferredSymbol: "=", kind: "logrank_p"});
    expect(publishedNumber("mortality30.percent")).toMatchObject({value: 1.4, decimals: 1, band: [1.35, 1.45], denominator: "procedures"});
    expect(publishedNumber("subgroups.other.p")).toMatchObject({value: 0.05, relation: "greater_than", band: [0.05, 1]});
    expect(publishedNumber("ttp.landmark.chemo.all.12mo")).toMatchObject({value: 49, band: [48.5, 49.5], timeMonths: 12, arm: "chemoembolization", location: "results"});
    expect(publishedValue("os_embolization.landmark.bland.all.12mo.abstract")).toBe(68);
    expect(publishedValue("os_embolization.landmark.bland.all.12mo")).toBe(64);
    expect(roundingBand(3.3, 1)).toEqual([3.25, 3.35]);
    expect(roundingBand(0.05, 2, "less_than")).toEqual([0, 0.05]);
    expect(() => defineNumber({id: "x", label: "x", text: "none", location: "results", quote: "", kind: "count", endpoint: "x"})).toThrow("published number x: no number in \"none\"");
  });

  it("throws on an unknown id", () => {
    expect(() => publishedNumber("no.such.id")).toThrow("unknown published number id: no.such.id");
  });

  it("has a ledger whose entries reference existing ids", () => {
    for (const c of CONTRADICTIONS) {
      expect(c.numberIds.length, c.id).toBeGreaterThan(0);
      for (const id of c.numberIds) expect(() => publishedNumber(id), `${c.id} → ${id}`).not.toThrow();
    }
    expect(CONTRADICTIONS.map((c) => c.id)).toEqual(expect.arrayContaining([
      "os_embolization.abstract_vs_results", "arm_sizes.percent_of_total", "carcinoid.by_arm", "grade3plus.denominator",
      "ttp.dramatic_vs_p", "tttf.median_sentence", "other_subgroups.p_symbol", "mortality30.grade5"
    ]));
  });
});

describe("reassembled toxicity tables", () => {
  it("has 13 columns per table in the paper's order", () => {
    for (const t of TOXICITY_TABLES) {
      expect(t.columns.map((c) => c.category)).toEqual(["pain", "fever", "nausea", "vomiting", "fatigue", "weight_loss", "bilirubin", "ggt_alp", "ast", "alt", "infection", "cardiac", "other"]);
    }
  });

  it("sums each column's grades to its total within rounding", () => {
    for (const t of TOXICITY_TABLES) {
      for (const c of t.columns) {
        const sum = c.grades.reduce((s, g) => s + g, 0);
        const nonzero = c.grades.filter((g) => g > 0).length;
        expect(Math.abs(sum - c.total), `${t.id} ${c.category}`).toBeLessThan(nonzero / 2 + 0.5);
      }
    }
    const off = (t: typeof TABLE1) => t.columns.filter((c) => c.grades.reduce((s, g) => s + g, 0) !== c.total).map((c) => c.category);
    expect(off(TABLE1)).toEqual(["vomiting", "fatigue", "weight_loss", "ggt_alp", "alt", "infection"]);
    expect(off(TABLE2)).toEqual(["weight_loss"]);
  });

  it("rebuilds the columns split across strips", () => {
    const col = (t: typeof TABLE1, c: string) => t.columns.find((x) => x.category === c);
    expect(col(TABLE1, "vomiting")).toEqual({category: "vomiting", grades: [31, 1, 1, 0, 0], total: 34, ciHalfWidth: 9});
    expect(col(TABLE2, "vomiting")).toEqual({category: "vomiting", grades: [24, 4, 0, 0, 0], total: 28, ciHalfWidth: 11});
    expect(col(TABLE1, "ast")).toEqual({category: "ast", grades: [1, 1, 1, 0, 0], total: 3, ciHalfWidth: 2});
    expect(col(TABLE2, "ast")).toEqual({category: "ast", grades: [0, 0, 1, 0, 0], total: 1, ciHalfWidth: 2});
    expect(col(TABLE2, "other")).toEqual({category: "other", grades: [6, 8, 1, 0, 1], total: 16, ciHalfWidth: 7});
    expect(col(TABLE1, "pain")).toEqual({category: "pain", grades: [70, 18, 3, 0, 0], total: 91, ciHalfWidth: 16});
  });

  it("exposes every cell as a published number", () => {
    expect(publishedValue("table1.vomiting.grade1")).toBe(31);
    expect(publishedValue("table2.ggt_alp.total")).toBe(24);
    expect(publishedValue("table1.pain.ci")).toBe(16);
    expect(PUBLISHED_NUMBERS.filter((d) => d.location === "table1" || d.location === "table2")).toHaveLength(2 * 13 * 6 + 13 + 11);
  });
});

describe("loader entry points", () => {
  const run = (script: string) => execFileSync("npx", ["tsx", script], {encoding: "utf8", stdio: ["ignore", "pipe", "pipe"]});

  it("prints the published numbers as JSON", () => {
    const out = JSON.parse(run("src/data/published.json.ts"));
    expect(out.numbers).toHaveLength(414);
    expect(out.toxicityTables).toHaveLength(2);
    expect(out.contradictions.length).toBe(CONTRADICTIONS.length);
  });

  it("prints the consistency report as JSON", () => {
    const out = JSON.parse(run("src/data/consistency.json.ts"));
    expect(out.sections.map((s: {id: string}) => s.id)).toEqual(["baseline", "toxicity", "response", "kaplan_meier"]);
  });
});

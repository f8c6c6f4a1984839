import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {analyseSurvivalCsv} from "../../src/lib/analysis/analyse-survival-csv.js";
import {inspectCsv} from "../../src/lib/analysis/inspect-csv.js";
import {readSurvivalCsv} from "../../src/lib/analysis/survival-csv.js";

const lung = readFileSync("tests/fixtures/cli/lung.csv", "utf8");
const R = JSON.parse(readFileSync("tests/fixtures/cli/lung-reference.json", "utf8"));
const close = (a: number | null | undefined, b: number, tol = 1e-6) => expect(Math.abs((a ?? NaN) - b)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));

describe("inspectCsv", () => {
  it("detects each column's type", () => {
    expect(inspectCsv(lung, "lung.csv")).toEqual({header: ["time", "event", "sex", "age", "ph_ecog"], types: ["number", "event", "number", "number", "number"], rows: 228});
    expect(inspectCsv("t,arm,x,e\n1,a,,1\n2,b,NA,0\n", "x.csv").types).toEqual(["number", "category", "empty", "event"]);
  });

  it("fails on what no mapping can fix, naming file, row and what was expected", () => {
    expect(() => inspectCsv("", "x.csv")).toThrow("x.csv is empty: expected a header row naming the columns, then one row per patient");
    expect(() => inspectCsv("1,0\n2,1\n", "x.csv")).toThrow('x.csv line 1: "1", "0" are numbers, expected a header row naming the columns');
    expect(() => inspectCsv("time,event\n1,0\n2\n", "x.csv")).toThrow("x.csv row 2 (line 3): 1 cells, expected 2 as in the header");
  });
});

describe("analyseSurvivalCsv", () => {
  it("equals R on lung: survfit medians, survdiff by sex and coxph(age + sex + ph.ecog)", () => {
    const bySex = analyseSurvivalCsv(readSurvivalCsv(lung, "lung.csv", {time: "time", event: "event", group: "sex"}));
    expect(bySex.curves.map((c) => c.fit.median.estimate)).toEqual(R.km.median);
    close(bySex.test!.chisq, R.logrank.chisq, 1e-9);
    close(bySex.test!.p, R.logrank.p, 1e-9);
    // The row with no ph.ecog is left out of the model, as R's na.omit.
    const result = analyseSurvivalCsv(readSurvivalCsv(lung, "lung.csv", {time: "time", event: "event", group: "sex", covariates: ["age", "ph_ecog"]}));
    expect(result.cox!.n).toBe(R.cox.n);
    expect(result.cox!.terms).toEqual(["group 2", "age", "ph_ecog"]);
    // R's terms are age, sex, ph_ecog; sex 1/2 and the indicator of sex 2 have the same coefficient.
    [1, 0, 2].forEach((r, k) => close(result.cox!.coef[k], R.cox.coef[r]));
    close(result.cox!.lrTest.chisq, R.cox.lr);
    close(result.cox!.waldTest.chisq, R.cox.wald);
    close(result.cox!.scoreTest.chisq, R.cox.score);
  });

  it("gives no test or model when a group has fewer than 5 rows", () => {
    const data = readSurvivalCsv("time,event,g\n1,1,a\n2,1,a\n3,0,b\n4,1,b\n5,1,b\n6,1,b\n7,1,b\n8,0,b\n", "x.csv", {time: "time", event: "event", group: "g"});
    const result = analyseSurvivalCsv(data);
    expect(result.test).toBeNull();
    expect(result.note).toBe("Fewer than 5 rows in a (2): no test, since its P value would turn on one or two rows.");
    expect(result.cox).toBeNull();
  });
});

describe("analyseSurvivalCsv on colon", () => {
  const colon = readFileSync("tests/fixtures/cli/colon.csv", "utf8");
  const C = JSON.parse(readFileSync("tests/fixtures/cli/colon-reference.json", "utf8"));

  it("equals R with three groups: medians, survdiff, Benjamini–Hochberg pairwise tests and coxph(rx + age + nodes)", () => {
    const byRx = analyseSurvivalCsv(readSurvivalCsv(colon, "colon.csv", {time: "time", event: "status", group: "rx"}));
    expect(byRx.curves.map((c) => c.group)).toEqual(C.levels);
    expect(byRx.curves.map((c) => c.n)).toEqual(C.n);
    expect(byRx.curves.map((c) => c.fit.median.estimate)).toEqual(C.median);
    close(byRx.test!.chisq, C.logrank.chisq, 1e-9);
    close(byRx.test!.p, C.logrank.p, 1e-9);
    expect(byRx.pairwise.map((p) => [p.first, p.second])).toEqual(C.pairs);
    byRx.pairwise.forEach((p, k) => {
      close(p.p, C.pairwise[k], 1e-9);
      close(p.adjusted, C.adjusted[k], 1e-9);
    });
    const model = analyseSurvivalCsv(readSurvivalCsv(colon, "colon.csv", {time: "time", event: "status", group: "rx", covariates: ["age", "nodes"]}));
    expect(model.cox!.n).toBe(C.cox.n);
    model.cox!.coef.forEach((b, k) => close(b, C.cox.coef[k]));
    close(model.cox!.lrTest.chisq, C.cox.lr);
    close(model.cox!.waldTest.chisq, C.cox.wald);
    close(model.cox!.scoreTest.chisq, C.cox.score);
  });
});

it("fits a Cox model only once covariates are chosen", () => {
  const result = analyseSurvivalCsv(readSurvivalCsv(lung, "lung.csv", {time: "time", event: "event", group: "sex"}));
  expect(result.cox).toBeNull();
  expect(result.coxNote).toBe("Choose covariates for a Cox model.");
});

describe("analyseSurvivalCsv with the reader's column types, on colon by sex", () => {
  const colon = readFileSync("tests/fixtures/cli/colon-sex.csv", "utf8");
  const S = JSON.parse(readFileSync("tests/fixtures/cli/colon-sex-reference.json", "utf8"));
  const columns = {time: "time", event: "status", group: "sex", covariates: ["age", "differ"]};

  it("fits differ as a number or, when the reader says so, as a category (treatment contrasts, named as R names them)", () => {
    const number = analyseSurvivalCsv(readSurvivalCsv(colon, "colon-sex.csv", columns));
    expect(number.cox!.terms).toEqual(["group 1", "age", "differ"]);
    expect(number.cox!.n).toBe(S.cox_number.n);
    number.cox!.coef.forEach((b, k) => close(b, S.cox_number.coef[k]));
    const category = analyseSurvivalCsv(readSurvivalCsv(colon, "colon-sex.csv", {...columns, types: {differ: "category"}}));
    expect(category.cox!.terms).toEqual(["group 1", "age", "differ2", "differ3"]);
    expect(S.cox_category.terms).toEqual(["sexf1", "age", "factor(differ)2", "factor(differ)3"]);
    category.cox!.coef.forEach((b, k) => close(b, S.cox_category.coef[k]));
    close(category.cox!.lrTest.chisq, S.cox_category.lr);
  });

  it("equals survRM2's rmst2 by sex", () => {
    const {rmst} = analyseSurvivalCsv(readSurvivalCsv(colon, "colon-sex.csv", {time: "time", event: "status", group: "sex"}));
    close(rmst!.tau, S.rmst.tau, 1e-12);
    rmst!.groups.forEach((g, k) => {
      close(g.rmst, S.rmst.rmst[k]);
      close(g.lower, S.rmst.lower[k]);
      close(g.upper, S.rmst.upper[k]);
    });
    for (const key of ["estimate", "lower", "upper", "p"] as const) close(rmst!.difference![key], S.rmst.difference[key]);
  });
});

describe("rows the engine cannot test", () => {
  it("draws the curves and says why there is no test when every event is at time 0, and leaves an untestable pair without a P", () => {
    const rows = ["t,e,g", ...Array.from({length: 15}, (_, i) => `0,1,${"ABC"[i % 3]}`)].join("\n");
    const result = analyseSurvivalCsv(readSurvivalCsv(rows, "zero.csv", {time: "t", event: "e", group: "g"}));
    expect(result.curves.map((c) => [c.label, c.n, c.fit.median.estimate])).toEqual([["A", 5, 0], ["B", 5, 0], ["C", 5, 0]]);
    expect(result.test).toBeNull();
    expect(result.note).toBe("No test: the log-rank variance matrix is singular: the data cannot compare these groups.");
    expect(result.pairwise.map((p) => [p.p, p.adjusted])).toEqual([[null, null], [null, null], [null, null]]);
  });
});

it("says why there are no restricted means when every row is censored, as it says for the Cox model", () => {
  const rows = ["t,e,g,x", ...Array.from({length: 12}, (_, i) => `${i + 1},0,${i % 2 ? "a" : "b"},${i}`)].join("\n");
  const result = analyseSurvivalCsv(readSurvivalCsv(rows, "censored.csv", {time: "t", event: "e", group: "g", covariates: ["x"]}));
  expect([result.rmst, result.rmstNote]).toEqual([null, "No events: every restricted mean is τ, with no variance, so there is nothing to compare."]);
  expect([result.cox, result.coxNote]).toEqual([null, "No events: no Cox model."]);
  expect(result.note).toBe("No events: the curves cannot be compared.");
});

import {readFileSync} from "node:fs";
import {expect, it} from "vitest";
import {csvSubgroupForest} from "../../src/lib/analysis/csv-subgroup-forest.js";
import {readSurvivalCsv} from "../../src/lib/analysis/survival-csv.js";
import {csvLines, warnedFinite} from "./warned-finite-cox.js";

const colon = readFileSync("tests/fixtures/cli/colon-sex.csv", "utf8");
const R = JSON.parse(readFileSync("tests/fixtures/cli/colon-sex-reference.json", "utf8"));
const close = (a: number | null | undefined, b: number, tol = 1e-6) => expect(Math.abs((a ?? NaN) - b)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));

it("equals R's coxph(Surv ~ sex) within each level and the Wald test of coxph(Surv ~ sex * subgroup) on colon", () => {
  const data = readSurvivalCsv(colon, "colon-sex.csv", {time: "time", event: "status", group: "sex", subgroups: ["rx", "age", "differ"], types: {rx: "category", differ: "category"}});
  const forest = csvSubgroupForest(data);
  expect(forest.note).toBeNull();
  const expected = [{label: "All rows", ...R.all}, ...R.forest.flatMap((s: {subgroup: string; levels: {level: string}[]}) => s.levels.map((l) => ({...l, label: `${s.subgroup}: ${l.level}`})))];
  expect(forest.rows.map((r) => r.label)).toEqual(expected.map((e) => e.label));
  forest.rows.forEach((row, k) => {
    expect(row.sizes).toEqual(expected[k].sizes);
    for (const key of ["hr", "lower", "upper", "se"] as const) close(row[key], expected[k][key]);
  });
  expect(forest.interactions.map((i) => i.test!.df)).toEqual(R.forest.map((s: {interaction: {df: number}}) => s.interaction.df));
  forest.interactions.forEach((i, k) => {
    close(i.test!.chisq, R.forest[k].interaction.chisq);
    close(i.test!.p, R.forest[k].interaction.p);
  });
});

it("needs a group of two levels, and withholds a test whose cells are small", () => {
  const three = readSurvivalCsv(colon, "colon-sex.csv", {time: "time", event: "status", group: "rx", subgroups: ["sex"]});
  expect(csvSubgroupForest(three)).toEqual({rows: [], interactions: [], note: "The forest plot compares two groups: the group column has 3 levels"});
  const rows = ["time,event,g,s", ...Array.from({length: 24}, (_, i) => `${i + 1},${i % 3 ? 1 : 0},${i % 2 ? "b" : "a"},${i < 3 ? "x" : "y"}`)].join("\n");
  const forest = csvSubgroupForest(readSurvivalCsv(rows, "f.csv", {time: "time", event: "event", group: "g", subgroups: ["s"], types: {s: "category"}}));
  expect(forest.interactions[0].test).toBeNull();
  expect(forest.interactions[0].note).toBe("Fewer than 5 rows in b, s x (1) and a, s x (2): no interaction test, since it would turn on one or two rows");
  expect(forest.rows[1]).toMatchObject({label: "s: x", sizes: [1, 2], hr: null, note: "Fewer than 5 rows in b (1) and a (2): no hazard ratio"});
});

it("gives R's hazard ratio near 1 where coxph warns 'coefficient may be infinite' but the likelihood peaks", () => {
  const c = warnedFinite.find((k) => k.name === "near-equal hazards, weights in hundreds")!;
  const data = readSurvivalCsv(csvLines(c), "near-equal.csv", {time: "time", event: "event", group: "g", subgroups: ["s"], types: {s: "category"}});
  const [all] = csvSubgroupForest(data).rows;
  expect(all).toMatchObject({label: "All rows", note: null});
  expect(Math.abs(Math.log(all.hr!) - c.coef), `log HR ${Math.log(all.hr!)} vs R ${c.coef}`).toBeLessThanOrEqual(1e-6 * Math.abs(c.coef));
  close(all.se, c.se);
});

it("withholds the hazard ratio when one group's events all come while the other has left the risk set", () => {
  // Group b enters at 4, after a's three events; a's censored row is at risk for b's: the likelihood rises to HR = infinity.
  const rows = ["entry,time,event,g,s", ...[[0, 1, 1, "a"], [0, 2, 1, "a"], [0, 3, 1, "a"], [0, 10, 0, "a"], [0, 11, 0, "a"], [4, 5, 1, "b"], [4, 6, 1, "b"], [4, 7, 1, "b"], [4, 8, 0, "b"], [4, 9, 1, "b"]].map((r) => `${r.join(",")},y`)].join("\n");
  const data = readSurvivalCsv(rows, "separated.csv", {entry: "entry", time: "time", event: "event", group: "g", subgroups: ["s"], types: {s: "category"}});
  expect(csvSubgroupForest(data).rows[0]).toMatchObject({hr: null, note: "The hazard ratio cannot be estimated: one group has no events or all of them"});
});

import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {exploreColumn, EXPLORE_COLUMN_IDS} from "../../src/lib/analysis/explore-columns.js";
import {exploreComparison} from "../../src/lib/analysis/explore-comparison.js";
import {exploreCox} from "../../src/lib/analysis/explore-cox.js";
import {applyFilters, formatFilters, parseFilters} from "../../src/lib/analysis/explore-filters.js";
import {groupPatients, quantile7} from "../../src/lib/analysis/explore-grouping.js";
import {subgroupForest} from "../../src/lib/analysis/subgroup-forest.js";
import {coxPH, coxWaldTest} from "../../src/lib/survival/index.js";
import {patients} from "./reference-cohort.js";
import {riskTableRows, warnedFinite} from "./warned-finite-cox.js";

const R = JSON.parse(readFileSync("tests/fixtures/explore.json", "utf8"));
const close = (actual: number | null | undefined, expected: number, tol = 1e-6) => expect(Math.abs((actual ?? NaN) - expected)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(expected)));

describe("explore columns", () => {
  it("offers every patient column but the id and the endpoints' times and events, plus tumour type", () => {
    expect(EXPLORE_COLUMN_IDS).toContain("tumor_type");
    expect(EXPLORE_COLUMN_IDS).toContain("age_at_diagnosis");
    expect(EXPLORE_COLUMN_IDS).not.toContain("id");
    expect(EXPLORE_COLUMN_IDS).not.toContain("os_months");
    expect(exploreColumn("hormonally_active").kind).toBe("categorical");
    expect(exploreColumn("hormonally_active").levelName("1")).toBe("yes");
    expect(exploreColumn("age_at_diagnosis").kind).toBe("numeric");
    expect(() => exploreColumn("weight")).toThrow(/column "weight" is not one of tumor_type, id|column "weight" is not one of tumor_type, arm/);
  });
});

describe("explore grouping", () => {
  it("cuts a numeric column at R's tertiles, right-closed", () => {
    const g = groupPatients(patients, {column: "age_at_diagnosis", cut: "tertiles"});
    expect(g.cutPoints).toEqual(R.tertiles.cuts);
    expect(g.levels.map((l) => g.groups.filter((x) => x === l).length)).toEqual(R.tertiles.n);
    expect(quantile7([1, 2, 3, 4], 0.5)).toBe(2.5);
  });

  it("asks for a value when cutting at a typed value with none given", () => {
    expect(groupPatients(patients, {column: "age_at_diagnosis", cut: "value", at: null}).note).toBe("Type a value of age at diagnosis to cut at.");
    const at50 = groupPatients(patients, {column: "age_at_diagnosis", cut: "value", at: 50});
    expect(at50.levels).toEqual(["≤ 50", "> 50"]);
    expect(at50.groups.filter((g) => g === "≤ 50").length).toBe(patients.filter((p) => p.age_at_diagnosis <= 50).length);
  });

  it("orders categorical levels as R's factor()", () => {
    expect(groupPatients(patients, {column: "arm"}).levels).toEqual(["bland", "chemoembolization"]);
  });
});

describe("explore filters", () => {
  it("parses, formats and applies conditions on any column", () => {
    const filters = parseFilters("hormonally_active = 1; age_at_diagnosis <= 60");
    expect(formatFilters(filters)).toBe("hormonally_active = 1; age_at_diagnosis <= 60");
    expect(applyFilters(patients, filters).map((p) => p.id)).toEqual(patients.filter((p) => p.hormonally_active === 1 && p.age_at_diagnosis <= 60).map((p) => p.id));
    expect(applyFilters(patients, parseFilters("primary_tumor != carcinoid")).every((p) => p.primary_tumor !== "carcinoid")).toBe(true);
  });

  it("names the condition and what was expected", () => {
    expect(() => parseFilters("age_at_diagnosis <= old")).toThrow('condition 1, "age_at_diagnosis <= old": "old" is not a number, expected a number to compare age_at_diagnosis with');
    expect(() => parseFilters("sex = F; age")).toThrow('condition 2, "age": expected a column, an operator (=, !=, <, <=, >, >=) and a value, as "age_at_diagnosis <= 60"');
  });
});

describe("explore comparison", () => {
  it("tests age tertiles by log-rank and each pair with Benjamini–Hochberg adjustment, as R", () => {
    const c = exploreComparison(patients, {endpoint: "os_embolization", grouping: {column: "age_at_diagnosis", cut: "tertiles"}});
    close(c.test!.chisq, R.tertiles.chisq, 1e-9);
    close(c.test!.p, R.tertiles.p, 1e-9);
    expect(c.pairwise).toHaveLength(3);
    c.pairwise.forEach((pair, k) => {
      close(pair.p, R.tertiles.pairwise[k], 1e-9);
      close(pair.adjusted, R.tertiles.adjusted[k], 1e-9);
    });
    expect(c.rmst!.groups).toHaveLength(3);
  });

  it("withholds every test and estimate when a group has fewer than 5 patients, and says why", () => {
    const c = exploreComparison(patients, {endpoint: "os_embolization", grouping: {column: "primary_tumor"}});
    expect(Math.min(...c.curves.map((x) => x.n))).toBeLessThan(5);
    expect(c.test).toBeNull();
    expect(c.pairwise).toEqual([]);
    expect(c.rmst).toBeNull();
    expect(c.note).toMatch(/^Fewer than 5 patients in .* under these filters: no test and no restricted means/);
  });

  it("compares with delayed entry by the Cox score test", () => {
    const c = exploreComparison(patients, {endpoint: "os_diagnosis", grouping: {column: "arm"}});
    expect(c.delayedEntry).toBe(true);
    expect(c.testName).toBe("Cox score test");
    expect(c.rmst).toBeNull();
    expect(c.rmstNote).toMatch(/delayed entry/);
  });
});

describe("explore Cox model", () => {
  it("equals R's coxph with a grouping and covariates, and its cox.zph", () => {
    const m = exploreCox(patients, {endpoint: "os_embolization", grouping: {column: "tumor_type"}, covariates: ["age_at_diagnosis", "hormonally_active"]});
    expect(m.labels).toEqual(["Noncarcinoid vs carcinoid", "Age at diagnosis", "Hormonally active: yes vs no"]);
    m.fit!.coef.forEach((b, k) => close(b, R.cox.coef[k]));
    m.fit!.se.forEach((s, k) => close(s, R.cox.se[k]));
    close(m.fit!.waldTest.chisq, R.cox.wald);
    close(m.fit!.lrTest.chisq, R.cox.lr);
    close(m.fit!.scoreTest.chisq, R.cox.score);
    [...m.zph!.tests.map((t) => t.p), m.zph!.global.p].forEach((p, k) => close(p, R.cox.zph[k]));
  });

  it("says a lone group indicator's coefficient is infinite only when its likelihood rises to infinity, not on R's warning alone", () => {
    for (const c of warnedFinite) {
      const m = exploreCox(riskTableRows(c), {endpoint: "ttp", grouping: {column: "arm"}, covariates: []});
      expect(m.fit!.infinite, c.name).toEqual([true]);
      expect(m.infinite, c.name).toBeNull();
    }
    // Every chemoembolization progression before the first bland one, each row standing for 3 patients.
    const separated = riskTableRows(warnedFinite[0]).slice(0, 10).map((p, i) => ({...p, arm: i < 5 ? ("chemoembolization" as const) : ("bland" as const), ttp_months: i + 1, ttp_event: 1 as const, weight: 3, age_at_diagnosis: 40 + ((i * 7) % 10)}));
    expect(exploreCox(separated, {endpoint: "ttp", grouping: {column: "arm"}, covariates: []}).infinite).toBe("yes");
    // With a second term no exact check applies: R's warning stands.
    const adjusted = exploreCox(separated, {endpoint: "ttp", grouping: {column: "arm"}, covariates: ["age_at_diagnosis"]});
    expect(adjusted.fit!.infinite).toEqual([true, false]);
    expect(adjusted.infinite).toBe("maybe");
    expect(exploreCox(patients, {endpoint: "os_embolization", grouping: {column: "arm"}, covariates: []}).infinite).toBeNull();
  });

  it("gives no model when a level has fewer than 5 patients", () => {
    const m = exploreCox(patients, {endpoint: "os_embolization", grouping: {column: "arm"}, covariates: ["primary_tumor"]});
    expect(m.fit).toBeNull();
    expect(m.note).toMatch(/^Fewer than 5 patients in .* no Cox model/);
  });
});

describe("subgroup forest", () => {
  it("gives the arm hazard ratio within each level and the interaction Wald test of coxph(Surv ~ arm * subgroup), as R", () => {
    let compared = 0;
    for (const ref of R.forest) {
      const forest = subgroupForest(patients, {endpoint: ref.endpoint, subgroups: [ref.subgroup]});
      const interaction = forest.interactions[0];
      expect(Math.min(...interaction.cells)).toBe(ref.min_cell);
      if (ref.interaction === null) {
        expect(interaction.test).toBeNull();
        expect(interaction.note).toMatch(/^Fewer than 5 patients in .*: no interaction test/);
      } else {
        close(interaction.test!.chisq, ref.interaction.chisq);
        close(interaction.test!.p, ref.interaction.p);
        expect(interaction.test!.df).toBe(ref.interaction.df);
        ++compared;
      }
      const rows = forest.rows.slice(1);
      expect(rows).toHaveLength(ref.levels.length);
      rows.forEach((row, k) => {
        const level = ref.levels[k];
        if (level.hr === null) expect(row.hr).toBeNull();
        else {
          close(row.hr, level.hr);
          close(row.se, level.se);
          close(row.lower, level.lower);
          close(row.upper, level.upper);
        }
      });
    }
    expect(compared).toBeGreaterThanOrEqual(8);
  });

  it("tests a three-level interaction on 2 degrees of freedom, as R", () => {
    const {groups, levels} = groupPatients(patients, {column: "age_at_diagnosis", cut: "tertiles"});
    const chemo = patients.map((p) => (p.arm === "chemoembolization" ? 1 : 0));
    const covariates: Record<string, number[]> = {chemo};
    for (const level of levels.slice(1)) {
      covariates[level] = groups.map((g) => (g === level ? 1 : 0));
      covariates[`chemo:${level}`] = covariates[level].map((x, i) => x * chemo[i]);
    }
    const fit = coxPH({time: patients.map((p) => p.os_months), event: patients.map((p) => p.os_event), covariates});
    const test = coxWaldTest(fit, levels.slice(1).map((l) => `chemo:${l}`))!;
    close(test.chisq, R.tertiles.interaction.chisq);
    close(test.p, R.tertiles.interaction.p);
    expect(test.df).toBe(2);
    expect(coxWaldTest(fit, ["missing"])).toBeNull();
  });
});

describe("explore specification", () => {
  it("round-trips through the query string, naming only what differs from the defaults", async () => {
    const {DEFAULT_SPEC, parseSpec, specQuery} = await import("../../src/lib/analysis/explore-spec.js");
    expect(specQuery(DEFAULT_SPEC)).toBe("");
    const spec = {...DEFAULT_SPEC, endpoint: "ttp" as const, group: "age_at_diagnosis", cut: "value" as const, at: 55, filter: "sex = F", covariates: ["sex", "age_at_diagnosis"], subgroups: [], confLevel: 0.9, ties: "breslow" as const, tau: 24};
    const query = specQuery(spec);
    expect(query).toBe("endpoint=ttp&group=age_at_diagnosis&cut=value&at=55&filter=sex+%3D+F&covariates=sex%2Cage_at_diagnosis&subgroups=&conf_level=0.9&ties=breslow&tau=24");
    expect(parseSpec(query)).toEqual(spec);
    expect(parseSpec("endpoint=weight&group=id&conf_level=0.5&covariates=sex,weight")).toEqual({...DEFAULT_SPEC, covariates: ["sex"]});
  });

  it("carries any ρ from 0 through the query string, and falls back to the default for a negative or non-numeric one", async () => {
    const {DEFAULT_SPEC, parseSpec, specQuery} = await import("../../src/lib/analysis/explore-spec.js");
    for (const rho of [0.5, 1, 2.75, 10]) {
      expect(specQuery({...DEFAULT_SPEC, rho})).toBe(`rho=${rho}`);
      expect(parseSpec(`rho=${rho}`).rho).toBe(rho);
    }
    expect(specQuery({...DEFAULT_SPEC, rho: 0})).toBe("");
    for (const bad of ["-0.5", "abc", "", "Infinity"]) expect(parseSpec(`rho=${bad}`, {...DEFAULT_SPEC, rho: 1}).rho).toBe(1);
  });

  it("reads a typed ρ of 0 or more, and says what was typed and what is expected otherwise", async () => {
    const {parseRho} = await import("../../src/lib/analysis/explore-spec.js");
    expect([" 0 ", "1", "0.5", "2e0"].map(parseRho)).toEqual([0, 1, 0.5, 2]);
    expect(() => parseRho("-1")).toThrow('"-1" is negative, expected a number of 0 or more (0 is the log-rank test, 1 Peto–Peto)');
    expect(() => parseRho("half")).toThrow('"half" is not a number, expected a number of 0 or more (0 is the log-rank test, 1 Peto–Peto)');
    expect(() => parseRho("  ")).toThrow("no ρ given, expected a number of 0 or more (0 is the log-rank test, 1 Peto–Peto)");
  });
});

describe("fork page", () => {
  it("writes a page of the view with its specification, linking back to /explore", async () => {
    const {forkPage} = await import("../../src/lib/analysis/fork-page.js");
    const {DEFAULT_SPEC} = await import("../../src/lib/analysis/explore-spec.js");
    const spec = {...DEFAULT_SPEC, endpoint: "ttp" as const, group: "sex", filter: "age_at_diagnosis <= 60"};
    const page = forkPage(spec);
    expect(page).toMatch(/^---\ntitle: Time to progression by sex\n---\n/);
    expect(page).toContain(`const spec = ${JSON.stringify(spec)};`);
    expect(page).toContain("(./explore?endpoint=ttp&group=sex&filter=age_at_diagnosis+%3C%3D+60)");
    expect(page).toContain('import {html} from "htl";');
    expect(() => forkPage({...spec, filter: "age_at_diagnosis <="})).toThrow(/^condition 1, "age_at_diagnosis <=": expected a column/);
  });
});

// /explore from the published risk table: its comparison, Cox model and
// subgroup forest give the patient rows' numbers (to 1e-12) on the
// reconstruction for every pattern column, endpoint and filter tried, and a
// view is limited to the columns the table holds, naming the others.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {aggregateCohort} from "../../data-loaders/aggregate/aggregate-cohort.js";
import type {EndpointId} from "../../src/lib/analysis/endpoints.js";
import {exploreComparison} from "../../src/lib/analysis/explore-comparison.js";
import {exploreCox} from "../../src/lib/analysis/explore-cox.js";
import {applyFilters, parseFilters} from "../../src/lib/analysis/explore-filters.js";
import {RISK_TABLE_EXPLORE_COLUMNS, riskTableFilterError, riskTableSpec, riskTableSuppression} from "../../src/lib/analysis/explore-risk-table.js";
import {DEFAULT_SPEC, parseSpec} from "../../src/lib/analysis/explore-spec.js";
import {patientCount} from "../../src/lib/analysis/patient-row.js";
import {riskTablePatients, type RiskTableCount} from "../../src/lib/analysis/risk-table-patients.js";
import {subgroupForest} from "../../src/lib/analysis/subgroup-forest.js";
import {expectSame} from "./expect-same.js";
import {parsePatients} from "../../src/lib/analysis/parse-cohort-csv.js";
import {patients} from "./reference-cohort.js";

const {riskTable} = await aggregateCohort({patients: "tests/fixtures/reconstruction/patients.csv", procedures: "tests/fixtures/reconstruction/procedures.csv"});
const counts = riskTablePatients(riskTable as RiskTableCount[]);

const STATES: {endpoint: EndpointId; group: string; covariates: string[]; filter: string; ties?: "efron" | "breslow"; rho?: number}[] = [
  {endpoint: "os_embolization", group: "arm", covariates: [], filter: ""},
  {endpoint: "ttp", group: "primary_tumor", covariates: ["arm"], filter: "primary_tumor != gastrinoma; primary_tumor != other_net"},
  {endpoint: "tttf", group: "arm", covariates: ["tumor_type", "extrahepatic_disease"], filter: "hormonally_active = 1", rho: 1},
  {endpoint: "os_diagnosis", group: "hormonally_active", covariates: ["arm", "extrahepatic_disease"], filter: "", ties: "breslow"},
  {endpoint: "os_liver_metastases", group: "tumor_type", covariates: ["arm"], filter: "extrahepatic_disease != 1"},
  {endpoint: "ttp", group: "hormonally_active", covariates: ["arm"], filter: "tumor_type = carcinoid"}
];

describe.each(STATES)("$endpoint by $group, adjusted for $covariates, under \"$filter\"", ({endpoint, group, covariates, filter, ties = "efron", rho = 0}) => {
  const filters = parseFilters(filter);
  const rows = applyFilters(patients, filters);
  const table = applyFilters(counts, filters);
  const grouping = {column: group};

  it("keeps as many patients", () => {
    expect(patientCount(table)).toBe(rows.length);
  });

  it("gives the same curves, landmark rates, test, pairwise tests and restricted means", () => {
    const expected = exploreComparison(rows, {endpoint, grouping, rho, tau: 24});
    expect(expected.test).not.toBeNull();
    expectSame(exploreComparison(table, {endpoint, grouping, rho, tau: 24}), expected);
    expectSame(exploreComparison(table, {endpoint, grouping, confType: "log-log", confLevel: 0.9}), exploreComparison(rows, {endpoint, grouping, confType: "log-log", confLevel: 0.9}));
  });

  it("gives the same Cox model and proportional-hazards tests", () => {
    const expected = exploreCox(rows, {endpoint, grouping, covariates, ties});
    expect(expected.fit).not.toBeNull();
    expectSame(exploreCox(table, {endpoint, grouping, covariates, ties}), expected);
  });

  it("gives the same subgroup forest and interaction tests", () => {
    const subgroups = RISK_TABLE_EXPLORE_COLUMNS.filter((c) => c !== "arm");
    const expected = subgroupForest(rows, {endpoint, subgroups, ties});
    expect(expected.rows.some((r) => r.hr !== null)).toBe(true);
    expectSame(subgroupForest(table, {endpoint, subgroups, ties}), expected);
  });
});

it("withholds the same tests across five primary tumours, some of fewer than 5 patients", () => {
  const expected = exploreComparison(patients, {endpoint: "os_embolization", grouping: {column: "primary_tumor"}});
  expectSame(exploreComparison(counts, {endpoint: "os_embolization", grouping: {column: "primary_tumor"}}), expected);
  expect([expected.curves.length, expected.test]).toEqual([5, null]);
});

// The reconstruction has few ties within a pattern; twice over, every row of the table stands for two patients or more,
// so Efron's split of tied deaths and the weighted risk sets are tested too.
describe("the reconstruction twice over", () => {
  const dir = mkdtempSync(join(tmpdir(), "explore-twice-"));
  afterAll(() => rmSync(dir, {recursive: true, force: true}));
  const twice = (name: string) => {
    const [header, ...lines] = readFileSync(`tests/fixtures/reconstruction/${name}`, "utf8").trimEnd().split("\n");
    const copies = lines.map((line) => line.replace(/^P(\d+)/, (_, n: string) => `P${String(Number(n) + 100).padStart(3, "0")}`));
    writeFileSync(join(dir, name), [header, ...lines, ...copies].join("\n") + "\n");
  };
  twice("patients.csv");
  twice("procedures.csv");
  const rows = parsePatients(readFileSync(join(dir, "patients.csv"), "utf8"));

  it.each([
    {endpoint: "ttp", group: "tumor_type", covariates: ["arm", "hormonally_active"]},
    {endpoint: "os_liver_metastases", group: "arm", covariates: ["tumor_type", "extrahepatic_disease"]}
  ] as const)("gives the rows' comparison, Cox model and forest of $endpoint by $group from counts", async ({endpoint, group, covariates}) => {
    const {riskTable: table} = await aggregateCohort({patients: join(dir, "patients.csv"), procedures: join(dir, "procedures.csv")});
    const weighted = riskTablePatients(table as RiskTableCount[]);
    expect(rows).toHaveLength(134);
    expect(weighted.filter((p) => p.endpoint === endpoint).every((p) => p.weight! >= 2)).toBe(true);
    const grouping = {column: group};
    for (const ties of ["efron", "breslow"] as const) {
      expectSame(exploreCox(weighted, {endpoint, grouping, covariates: [...covariates], ties}), exploreCox(rows, {endpoint, grouping, covariates: [...covariates], ties}));
      expectSame(subgroupForest(weighted, {endpoint, subgroups: ["tumor_type", "hormonally_active"], ties}), subgroupForest(rows, {endpoint, subgroups: ["tumor_type", "hormonally_active"], ties}));
    }
    expectSame(exploreComparison(weighted, {endpoint, grouping}), exploreComparison(rows, {endpoint, grouping}));
  });
});

describe("riskTableSpec", () => {
  it("keeps a view of the table's columns as it is", () => {
    const query = "endpoint=ttp&group=primary_tumor&covariates=arm,hormonally_active&subgroups=tumor_type&filter=extrahepatic_disease+%3D+0";
    const spec = parseSpec(query);
    expect(riskTableSpec(spec, query)).toEqual({spec, unsupported: []});
  });

  it("leaves out, and names, every column the table does not hold, keeping the rest of the view", () => {
    const query = "endpoint=ttp&group=sex&covariates=age_at_diagnosis,arm&subgroups=prior_chemotherapy,tumor_type&filter=age_at_diagnosis+%3C%3D+60%3B+hormonally_active+%3D+1%3B+bogus+%3D+2";
    const {spec, unsupported} = riskTableSpec(parseSpec(query), query);
    expect(unsupported).toEqual(["sex", "age_at_diagnosis", "prior_chemotherapy", "bogus"]);
    expect(spec).toEqual({...DEFAULT_SPEC, endpoint: "ttp", group: "arm", covariates: ["arm"], subgroups: ["tumor_type"], filter: "hormonally_active = 1"});
  });

  it("names a column no patient row has either, which the spec itself drops", () => {
    const {spec, unsupported} = riskTableSpec(parseSpec("group=weight_kg"), "group=weight_kg");
    expect(unsupported).toEqual(["weight_kg"]);
    expect(spec.group).toBe("arm");
  });

  it("leaves a condition naming no column as typed, for the filter's own message", () => {
    const query = "filter=%3D+1%3B+sex+%3D+F";
    expect(riskTableSpec(parseSpec(query), query).spec.filter).toBe("= 1");
  });
});

describe("riskTableFilterError", () => {
  it("passes filters on the table's columns", () => {
    expect(riskTableFilterError(parseFilters("tumor_type = carcinoid; hormonally_active = 1"))).toBeNull();
  });

  it("names the first condition on another column and the columns it may use", () => {
    expect(riskTableFilterError(parseFilters("arm = bland; age_at_diagnosis <= 60"))).toBe(
      'condition 2, "age_at_diagnosis": the published risk table counts patients by arm, tumor_type, primary_tumor, hormonally_active, extrahepatic_disease only, expected one of those columns'
    );
  });
});

describe("riskTableSuppression", () => {
  const suppressed = [
    {arm: "bland", primary_tumor: "gastrinoma", hormonally_active: 1, extrahepatic_disease: 0},
    {arm: "chemoembolization", primary_tumor: "other_net", hormonally_active: 0, extrahepatic_disease: 1}
  ] as const;

  it("counts the suppressed patterns the filters would have kept, in /progression's words", () => {
    expect(riskTableSuppression({minCell: 3, suppressed}, [])).toBe(
      "2 combinations of arm, primary tumour, hormonal activity and extrahepatic disease under these filters held fewer than 3 patients and are left out of every number here (MIN_CELL=3), so the counts and curves cover fewer patients than the cohort."
    );
    expect(riskTableSuppression({minCell: 3, suppressed}, parseFilters("tumor_type = noncarcinoid; hormonally_active = 1"))).toMatch(/^1 combination of .* fewer than 3 patients and is left out/);
  });

  it("says nothing when the filters keep no suppressed pattern, or nothing was suppressed", () => {
    expect(riskTableSuppression({minCell: 3, suppressed}, parseFilters("tumor_type = carcinoid"))).toBeNull();
    expect(riskTableSuppression({minCell: null, suppressed: []}, [])).toBeNull();
  });
});

// The published columns hold exactly the counts risk-table.sql gives on the
// reconstruction: turned back into objects they are the SQL's rows, in its
// order, and the weighted rows the pages read from them are those read from
// the rows.
import {describe, expect, it} from "vitest";
import {aggregateCohort} from "../../data-loaders/aggregate/aggregate-cohort.js";
import {riskTableColumns, riskTableCounts} from "../../src/lib/analysis/risk-table-columns.js";
import {riskTablePatients, type RiskTableCount} from "../../src/lib/analysis/risk-table-patients.js";

const {riskTable} = await aggregateCohort({patients: "tests/fixtures/reconstruction/patients.csv", procedures: "tests/fixtures/reconstruction/procedures.csv"});
const rows = riskTable as RiskTableCount[];
const columns = riskTableColumns(rows);

describe("riskTableColumns", () => {
  it("lists each endpoint and pattern once and points every count at its own", () => {
    expect(new Set(columns.endpoints).size).toBe(columns.endpoints.length);
    expect([...columns.endpoints].sort()).toEqual([...new Set(rows.map((r) => r.endpoint))].sort());
    expect(new Set(columns.patterns.map((p) => JSON.stringify(p))).size).toBe(columns.patterns.length);
    expect(columns.patterns.length).toBeGreaterThan(4);
    for (const name of ["endpoint", "pattern", "time_months", "events", "censored", "entries"] as const) expect(columns[name], name).toHaveLength(rows.length);
    rows.forEach((r, i) => {
      expect(columns.endpoints[columns.endpoint[i]]).toBe(r.endpoint);
      const p = columns.patterns[columns.pattern[i]];
      expect([p.arm, p.primary_tumor, p.hormonally_active, p.extrahepatic_disease]).toEqual([r.arm, r.primary_tumor, r.hormonally_active, r.extrahepatic_disease]);
    });
  });

  it("turns back into the SQL's rows, in order, through JSON", () => {
    expect(riskTableCounts(JSON.parse(JSON.stringify(columns)))).toEqual(rows);
  });

  it("gives the pages the same weighted rows as the objects do", () => {
    const fromColumns = riskTablePatients(JSON.parse(JSON.stringify(columns)));
    expect(fromColumns.length).toBeGreaterThan(rows.length / 2);
    expect(fromColumns).toEqual(riskTablePatients(rows));
    expect(fromColumns.filter((p) => p.endpoint === "os_embolization").reduce((n, p) => n + p.weight!, 0)).toBe(67);
  });

  it("builds the rows of the endpoints asked for alone, as they are among all", () => {
    const some = riskTablePatients(columns, ["tttf", "os_embolization"]);
    expect(some.map((p) => p.endpoint)).toContain("tttf");
    expect(some).toEqual(riskTablePatients(columns).filter((p) => p.endpoint === "tttf" || p.endpoint === "os_embolization"));
  });
});

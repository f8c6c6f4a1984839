// risk-table.sql runs unchanged on PostgreSQL (a throwaway cluster started
// and removed here) and gives exactly DuckDB's risk table for the
// reconstruction. Skipped, saying why, only when PostgreSQL's binaries are
// absent (apt-get install -y postgresql; CI installs it).
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {aggregateCohort, RISK_TABLE_SQL, type RiskTableRow} from "../../data-loaders/aggregate/aggregate-cohort.js";
import {cohortTableDdl} from "../../data-loaders/aggregate/cohort-table-ddl.js";
import {postgresBinDir, startPostgresCluster, type PostgresCluster} from "../support/postgres-cluster.js";

const bin = postgresBinDir();
if (bin === null) console.warn("risk-table-postgres: skipped, PostgreSQL's initdb and pg_ctl are not installed (apt-get install -y postgresql)");

const files = {patients: "tests/fixtures/reconstruction/patients.csv", procedures: "tests/fixtures/reconstruction/procedures.csv"};
const sorted = (rows: readonly RiskTableRow[]) => rows.map((r) => JSON.stringify(r)).sort();

describe.skipIf(bin === null)("risk-table.sql on PostgreSQL", () => {
  let cluster: PostgresCluster;
  beforeAll(async () => {
    cluster = await startPostgresCluster(bin!);
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it("equals DuckDB's output on the reconstruction, row for row and in the same order", async () => {
    for (const table of ["patients", "procedures"] as const) {
      await cluster.client.query(cohortTableDdl(table));
      await cluster.client.query(`COPY ${table} FROM '${cluster.stage(files[table])}' WITH (FORMAT csv, HEADER true)`);
    }
    const {rows} = await cluster.client.query<RiskTableRow>(RISK_TABLE_SQL);
    const {riskTable} = await aggregateCohort(files);
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.some((r) => r.entries > 0 && r.events === 0)).toBe(true);
    expect(sorted(rows)).toEqual(sorted(riskTable));
    expect(rows.map((r) => JSON.stringify(r))).toEqual(riskTable.map((r) => JSON.stringify(r)));
  });
});

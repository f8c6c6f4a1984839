// risk-table.sql runs unchanged on PostgreSQL (a throwaway cluster started
// and removed here) and gives exactly DuckDB's risk table for the
// reconstruction and for a synthetic cohort. Skipped, saying why, only when PostgreSQL's binaries are
// absent (apt-get install -y postgresql; CI installs it).
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {aggregateCohort, RISK_TABLE_SQL, type RiskTableRow} from "../../data-loaders/aggregate/aggregate-cohort.js";
import {cohortTableDdl} from "../../data-loaders/aggregate/cohort-table-ddl.js";
import {postgresBinDir, startPostgresCluster, type PostgresCluster} from "../support/postgres-cluster.js";
import {syntheticCohortCsv} from "../support/synthetic-cohort.js";

const bin = postgresBinDir();
if (bin === null) console.warn("risk-table-postgres: skipped, PostgreSQL's initdb and pg_ctl are not installed (apt-get install -y postgresql)");

const reconstruction = {patients: "tests/fixtures/reconstruction/patients.csv", procedures: "tests/fixtures/reconstruction/procedures.csv"};
const sorted = (rows: readonly RiskTableRow[]) => rows.map((r) => JSON.stringify(r)).sort();

describe.skipIf(bin === null)("risk-table.sql on PostgreSQL", () => {
  // initdb and a server start take seconds, more on a busy machine; the
  // cluster is stopped even when its start outlived the hook's timeout.
  let starting: Promise<PostgresCluster> | undefined;
  let cluster: PostgresCluster;
  beforeAll(async () => {
    starting = startPostgresCluster(bin!);
    cluster = await starting;
  }, 180_000);
  afterAll(async () => {
    if (starting) await (await starting).stop();
  }, 180_000);

  it("equals DuckDB's output on the reconstruction, row for row and in the same order", async () => {
    const rows = await riskTableOnPostgres(reconstruction);
    const {riskTable} = await aggregateCohort(reconstruction);
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.some((r) => r.entries > 0 && r.events === 0)).toBe(true);
    expect(sorted(rows)).toEqual(sorted(riskTable));
    expect(rows.map((r) => JSON.stringify(r))).toEqual(riskTable.map((r) => JSON.stringify(r)));
  });

  it("equals DuckDB's output on a synthetic cohort of full-precision times and half tenths (rounding rules differ there)", async () => {
    const synthetic = syntheticCohortCsv(3000, 11);
    const dir = mkdtempSync(join(tmpdir(), "risk-table-postgres-"));
    try {
      const files = {patients: join(dir, "patients.csv"), procedures: join(dir, "procedures.csv")};
      writeFileSync(files.patients, synthetic.patients);
      writeFileSync(files.procedures, synthetic.procedures);
      const rows = await riskTableOnPostgres(files);
      const {riskTable} = await aggregateCohort(files);
      expect(rows.length).toBeGreaterThan(10_000);
      expect(rows.map((r) => JSON.stringify(r))).toEqual(riskTable.map((r) => JSON.stringify(r)));
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });

  async function riskTableOnPostgres(files: {patients: string; procedures: string}): Promise<RiskTableRow[]> {
    await cluster.client.query("DROP TABLE IF EXISTS patients; DROP TABLE IF EXISTS procedures");
    for (const table of ["patients", "procedures"] as const) {
      await cluster.client.query(cohortTableDdl(table));
      await cluster.client.query(`COPY ${table} FROM '${cluster.stage(files[table])}' WITH (FORMAT csv, HEADER true)`);
    }
    return (await cluster.client.query<RiskTableRow>(RISK_TABLE_SQL)).rows;
  }
});

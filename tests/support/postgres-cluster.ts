// A throwaway PostgreSQL cluster for tests: initdb into a temporary
// directory, a server listening only on a Unix socket in that directory
// (no TCP port), trust authentication for the bootstrap user "postgres",
// C locale (so text sorts as DuckDB sorts it). As root, whose clusters
// PostgreSQL refuses, the binaries run as the system user postgres
// (runuser). stop() shuts the server down and removes the directory.
import {execFileSync} from "node:child_process";
import {chownSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {basename, join} from "node:path";
import pg from "pg";

/** The directory holding initdb and pg_ctl: on PATH, or Debian's /usr/lib/postgresql/<version>/bin (newest). */
export function postgresBinDir(): string | null {
  for (const dir of (process.env.PATH ?? "").split(":")) {
    if (dir && existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl"))) return dir;
  }
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, "bin", "initdb"))).sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(root, versions[0], "bin") : null;
}

export interface PostgresCluster {
  client: pg.Client;
  /** Copies a file into the cluster's directory, readable by the server, and returns its path there (for COPY ... FROM). */
  stage: (path: string) => string;
  stop: () => Promise<void>;
}

export async function startPostgresCluster(bin: string): Promise<PostgresCluster> {
  const dir = mkdtempSync(join(tmpdir(), "pg-"));
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? Number(execFileSync("id", ["-u", "postgres"], {encoding: "utf8"})) : null;
  const group = asRoot ? Number(execFileSync("id", ["-g", "postgres"], {encoding: "utf8"})) : null;
  if (owner !== null && group !== null) chownSync(dir, owner, group);
  const run = (tool: string, args: string[]) =>
    execFileSync(asRoot ? "runuser" : join(bin, tool), asRoot ? ["-u", "postgres", "--", join(bin, tool), ...args] : args, {stdio: "pipe"});
  const data = join(dir, "data");
  const client = new pg.Client({host: dir, port: 5432, user: "postgres", database: "postgres"});
  try {
    run("initdb", ["-D", data, "--username=postgres", "--auth=trust", "--no-locale", "--encoding=UTF8"]);
    run("pg_ctl", ["-D", data, "-l", join(dir, "server.log"), "-w", "-o", `-k ${dir} -c listen_addresses='' -p 5432`, "start"]);
    await client.connect();
  } catch (error) {
    // Leave nothing running or on disk when the cluster cannot start.
    if (existsSync(join(data, "postmaster.pid"))) run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    rmSync(dir, {recursive: true, force: true});
    throw error;
  }
  return {
    client,
    stage(path) {
      const target = join(dir, basename(path));
      cpSync(path, target);
      if (owner !== null && group !== null) chownSync(target, owner, group);
      return target;
    },
    async stop() {
      await client.end();
      run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
      rmSync(dir, {recursive: true, force: true});
    }
  };
}

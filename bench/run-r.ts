// Runs an R script on a data set written to a temporary CSV (reading it is
// not part of what the script times) and returns what it prints, or null
// when Rscript is not installed, so benchmarks still time our side.
import {spawnSync} from "node:child_process";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

export function rAvailable(): boolean {
  const probe = spawnSync("Rscript", ["--version"], {encoding: "utf8"});
  return !probe.error && probe.status === 0;
}

/** `script` reads the CSV path from commandArgs(trailingOnly = TRUE)[1]. */
export function runR(header: string, rows: number, row: (i: number) => string, script: string): string | null {
  if (!rAvailable()) return null;
  const dir = mkdtempSync(join(tmpdir(), "bench-"));
  try {
    const lines = [header];
    for (let i = 0; i < rows; ++i) lines.push(row(i));
    writeFileSync(join(dir, "data.csv"), lines.join("\n") + "\n");
    writeFileSync(join(dir, "bench.R"), script);
    const result = spawnSync("Rscript", [join(dir, "bench.R"), join(dir, "data.csv")], {encoding: "utf8", maxBuffer: 1 << 24});
    if (result.status !== 0) throw new Error(`Rscript failed: ${result.stderr}`);
    return result.stdout.trim();
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

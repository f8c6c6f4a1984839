// Benchmark harness: runs every bench/*.bench.ts (each exports
// `run(): Promise<BenchRow[]>`), prints one table, names the machine and
// writes bench/results/latest.json. Usage: npm run bench
import {mkdirSync, readdirSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import type {BenchRow} from "./bench-row.js";
import {machine} from "./machine.js";

const here = dirname(fileURLToPath(import.meta.url));

const formatMs = (ms: number | null) => (ms === null ? "-" : ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

function printTable(rows: BenchRow[]): void {
  const header = ["benchmark", "rows", "ours ms", "R ms", "speedup", "target", "met"];
  const body = rows.map((r) => [
    r.name,
    r.rows.toLocaleString("en-US"),
    formatMs(r.oursMs),
    formatMs(r.rMs),
    r.speedup === null ? "-" : `${r.speedup.toFixed(1)}x`,
    r.target,
    r.met === null ? "-" : r.met ? "yes" : "NO"
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((line) => line[c].length)));
  const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c])).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  body.forEach((cells) => console.log(line(cells)));
  rows.filter((r) => r.note).forEach((r) => console.log(`note (${r.name}): ${r.note}`));
}

async function main(): Promise<void> {
  const info = machine();
  console.log(
    `machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, ${info.platform}, node ${info.node}, ${info.r ?? "R not found"}\n`
  );
  const files = readdirSync(here)
    .filter((f) => f.endsWith(".bench.ts"))
    .sort();
  const rows: BenchRow[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(here, file)).href)) as {run: () => Promise<BenchRow[]>};
    console.log(`running ${file} ...`);
    rows.push(...(await module.run()));
  }
  console.log();
  printTable(rows);
  const resultsDir = join(here, "results");
  mkdirSync(resultsDir, {recursive: true});
  writeFileSync(
    join(resultsDir, "latest.json"),
    JSON.stringify({date: new Date().toISOString(), machine: info, results: rows}, null, 2) + "\n"
  );
  console.log(`\nwritten ${join("bench", "results", "latest.json")}`);
}

await main();

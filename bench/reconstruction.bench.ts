// The seeded reconstruction as the build runs it: one buildCohort() with the
// default seed and budget, cold, in this process. The build computes it once
// and the other loaders read it from the cache, so this is the build's cost.
// There is no R equivalent to compare with.
import {buildCohort} from "../data-loaders/reconstruction/build-cohort.js";
import type {BenchRow} from "./bench-row.js";

/** "Seconds, not minutes": the whole search must finish inside one minute. */
const TARGET_MS = 60_000;

export async function run(): Promise<BenchRow[]> {
  const cohort = buildCohort();
  return [
    {
      name: "buildCohort (reconstruction, default seed and budget)",
      rows: cohort.patients.length + cohort.procedures.length,
      oursMs: cohort.elapsedMs,
      rMs: null,
      speedup: null,
      target: `< ${TARGET_MS / 1000} s per build`,
      met: cohort.elapsedMs < TARGET_MS,
      note: `one cold run (seed ${cohort.seed}); rows are patients + procedures`
    }
  ];
}

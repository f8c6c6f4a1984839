// Framework reruns a data loader only when the loader file is newer than its
// cached output. It never looks at COHORT_DIR, at the supplied files, or at the
// modules a loader imports, so on its own it would publish the reconstruction
// after a switch to supplied data, or last week's rows after an edit in place.
// Before every build and preview, this hashes everything the loaders read and,
// when that differs from what the cached outputs were made from, removes them.
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {cohortFiles} from "../data-loaders/cohort-dir.js";
import {hashSources} from "../data-loaders/source-hash.js";
import {RISK_TABLE_FILE} from "../data-loaders/aggregate/published-risk-table.js";
import {publication} from "../data-loaders/publication.js";

export const CACHE_ROOT = "src/.observablehq/cache";
/** Where Framework keeps the outputs of the loaders in src/data. */
const LOADER_OUTPUTS = "data";
const STAMP = "loader-inputs.sha256";

/**
 * The hash of the loaders' inputs: the cohort directory (resolved, so the same
 * folder named two ways is one input) and the bytes of its files, or the
 * reconstruction's absence of them, or COHORT_AGGREGATES's risk table, what
 * the build publishes (PUBLISH_ROWS, MIN_CELL), and every source the loaders read.
 * Throws a CohortValidationError for an unusable COHORT_DIR.
 */
export function loaderInputs(env: Record<string, string | undefined> = process.env): string {
  const hash = createHash("sha256");
  const dir = env.COHORT_DIR;
  if (dir) {
    const files = cohortFiles(dir);
    hash.update(`supplied\0${resolve(dir)}\0`).update(readFileSync(files.patients)).update("\0").update(readFileSync(files.procedures)).update("\0");
  } else if (env.COHORT_AGGREGATES) {
    const file = join(resolve(env.COHORT_AGGREGATES), RISK_TABLE_FILE);
    hash.update(`aggregates\0${resolve(env.COHORT_AGGREGATES)}\0`).update(existsSync(file) ? readFileSync(file) : "no file").update("\0");
  } else {
    hash.update("reconstructed\0");
  }
  // What is published, not only from what: rows or header alone, and which patterns are suppressed.
  hash.update(JSON.stringify(publication(env))).update("\0");
  return hashSources(hash).digest("hex");
}

/** Removes cached loader outputs made from other inputs; says whether it did. */
export function refreshLoaderCache(env: Record<string, string | undefined> = process.env, cacheRoot = CACHE_ROOT): {cleared: boolean} {
  const inputs = loaderInputs(env);
  const stamp = join(cacheRoot, STAMP);
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === inputs) return {cleared: false};
  rmSync(join(cacheRoot, LOADER_OUTPUTS), {recursive: true, force: true});
  mkdirSync(cacheRoot, {recursive: true});
  writeFileSync(stamp, inputs);
  return {cleared: true};
}

// `tsx scripts/loader-cache.ts`, run by `npm run dev` before Framework's preview.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    if (refreshLoaderCache().cleared) console.error("loader cache: inputs changed, cached loader outputs removed");
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

// The build runs each data loader in its own process, one after another, and
// three of them (patients, procedures, fidelity) need the same reconstruction.
// The first one saves it under a key that hashes every source file it depends
// on, so the others read it instead of repeating the seeded search. The cache
// lives in Framework's cache directory, which `npm run clean` clears.
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, renameSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {hashSources} from "../source-hash.js";
import {buildCohort, type Reconstruction} from "./build-cohort.js";
import type {Cohort} from "./cohort-types.js";

const CACHE_DIR = "src/.observablehq/cache/reconstruction";
const SOURCES = ["data-loaders", "src/lib", "package-lock.json"];

/** Hash of every source the reconstruction could depend on, and the installed packages. */
const sourceKey = () => hashSources(createHash("sha256"), SOURCES).digest("hex").slice(0, 16);

/** `build` is the default reconstruction; tests pass a cheaper one. */
export function cachedCohort(cacheDir = CACHE_DIR, build: () => Reconstruction = buildCohort): Cohort & {seed: number; reused: boolean; elapsedMs: number} {
  const file = join(cacheDir, `${sourceKey()}.json`);
  if (existsSync(file)) return {...JSON.parse(readFileSync(file, "utf8")), reused: true};
  const {patients, procedures, seed, elapsedMs} = build();
  mkdirSync(cacheDir, {recursive: true});
  // Write then rename, so a reader never sees half a file.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify({patients, procedures, seed, elapsedMs}));
  renameSync(partial, file);
  return {patients, procedures, seed, elapsedMs, reused: false};
}

// A hash of the project files that build-time code can read: every file under
// the given folders (the loaders, the engine they import, the R fixtures the
// engine validation reads) and the lock file of the installed packages.
// Content, not modification times, so a checkout, a copy or a touched file
// changes nothing unless the bytes change.
import {createHash, type Hash} from "node:crypto";
import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {join} from "node:path";

/** What the data loaders read besides a supplied cohort. */
export const LOADER_SOURCES = ["data-loaders", "src/data", "src/lib", "tests/fixtures", "package-lock.json"];

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, {withFileTypes: true}).flatMap((entry) => {
    const child = join(path, entry.name);
    return entry.isDirectory() ? files(child) : entry.isFile() ? [child] : [];
  });
}

/** Feeds every file under `paths` (relative to the working directory), in sorted order, with its name, into `hash`. */
export function hashSources(hash: Hash, paths: readonly string[] = LOADER_SOURCES): Hash {
  for (const file of paths.flatMap(files).sort()) hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  return hash;
}

export const sourceHash = (paths?: readonly string[]) => hashSources(createHash("sha256"), paths).digest("hex");

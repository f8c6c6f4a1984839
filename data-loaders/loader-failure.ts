// A loader that stops the build says why on stderr, where Framework prints it
// among every other loader's progress and then adds its own lines. So that
// the reason is the last thing a reader sees, the build (scripts/build-site.ts)
// names a file in LOADER_FAILURES, each failing loader appends its message
// there, and the build prints the distinct messages again as it fails.
import {appendFileSync, existsSync, readFileSync} from "node:fs";

/** Writes `message` to stderr and, when the build asks for it, to its LOADER_FAILURES file (one JSON string per line). */
export function reportLoaderFailure(message: string, env: Record<string, string | undefined> = process.env): void {
  process.stderr.write(`${message}\n`);
  if (env.LOADER_FAILURES) appendFileSync(env.LOADER_FAILURES, `${JSON.stringify(message)}\n`);
}

/** The distinct messages reported to `path`, in the order first reported; none when no loader failed. */
export function loaderFailures(path: string): string[] {
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, "utf8").split("\n").filter(Boolean);
  return [...new Set(lines.map((line) => JSON.parse(line) as string))];
}

// Framework writes into each page the modification time of every file the page
// attaches (registerFile's `lastModified`, FileAttachment#lastModified): the
// time a loader last ran or a checkout wrote the file, not anything the inputs
// say. Two builds of the same inputs then differ in every page, and in each
// page's Content-Security-Policy, which hashes those scripts. The build pins
// those times to the time of the sources instead, as reproducible builds do:
// SOURCE_DATE_EPOCH (seconds) when set, else the commit time of HEAD, else 0.
import {spawnSync} from "node:child_process";
import {readdirSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";

const LAST_MODIFIED = /("lastModified":)-?\d+(?:\.\d+)?/g;

/** The time the sources are from, in milliseconds since 1970. */
export function sourceTime(env: NodeJS.ProcessEnv = process.env): number {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== "") {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got ${JSON.stringify(epoch)}`);
    return Number(epoch) * 1000;
  }
  const git = spawnSync("git", ["log", "-1", "--format=%ct"], {encoding: "utf8"});
  const seconds = git.status === 0 ? git.stdout.trim() : "";
  return /^\d+$/.test(seconds) ? Number(seconds) * 1000 : 0;
}

/** The page with every attached file's modification time set to `time`. */
export function withPinnedFileTimes(html: string, time: number): string {
  return html.replace(LAST_MODIFIED, (_, key) => `${key}${time}`);
}

/** Pins the file times in every page of the built site in `dir`; returns how many pages changed. */
export function pinFileTimes(dir: string, time: number): {pages: number} {
  let pages = 0;
  for (const name of readdirSync(dir, {recursive: true, encoding: "utf8"})) {
    if (!name.endsWith(".html")) continue;
    const path = join(dir, name);
    const html = readFileSync(path, "utf8");
    const pinned = withPinnedFileTimes(html, time);
    if (pinned === html) continue;
    writeFileSync(path, pinned);
    ++pages;
  }
  return {pages};
}

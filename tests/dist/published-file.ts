// A data file of a built site by its name: Framework publishes it under a
// content hash, data/<name>.<hash>.<ext>.
import {readdirSync, readFileSync} from "node:fs";
import {basename, dirname, join} from "node:path";

/** The text of `output`/_file/data/<name>.<hash>.<ext>, `name` possibly in a folder (page-statistics/response); throws if the build published none. */
export function published(output: string, name: string): string {
  const dir = join(output, "_file", "data", dirname(name));
  const file = readdirSync(dir).find((f) => new RegExp(`^${basename(name)}\\.[0-9a-f]+\\.\\w+$`).test(f));
  if (!file) throw new Error(`no ${name} in ${dir}`);
  return readFileSync(join(dir, file), "utf8");
}

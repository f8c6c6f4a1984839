// The patient and procedure rows and the reports the built site serves,
// parsed exactly as the pages parse them, so tests can compute what each page
// should show.
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {parsePatients, parseProcedures} from "../../src/lib/analysis/parse-cohort-csv.js";

function distFile(name: string, ext: string, dist: string): string {
  const dir = join(dist, "_file", "data");
  const file = readdirSync(dir).find((f) => new RegExp(`^${name}\\.[0-9a-f]+\\.${ext}$`).test(f));
  if (!file) throw new Error(`no ${name}.*.${ext} in ${dir}: build the site first`);
  return readFileSync(join(dir, file), "utf8");
}

export const distPatients = (dist = "dist") => parsePatients(distFile("patients", "csv", dist));
export const distProcedures = (dist = "dist") => parseProcedures(distFile("procedures", "csv", dist));
export const distJson = <T>(name: string, dist = "dist") => JSON.parse(distFile(name, "json", dist)) as T;

// The R and survival versions the survival fixtures record (survival.R and survival-entry.R write
// R.version.string and packageVersion("survival") into each file).
import {EngineValidationError} from "./compare.js";
import {readFixture} from "./read-fixture.js";

export const SURVIVAL_FIXTURES = ["survival-kaplan-meier.json", "survival-summary-at-times.json", "survival-log-rank.json", "survival-rmst.json", "survival-entry-kaplan-meier.json", "survival-entry-cox.json"];
const FALLBACK = {r: "4.2.2", survival: "3.5.3"};

interface Recorded {
  R?: string;
  survival?: string;
}

/** "R version 4.2.2 Patched (2022-11-10 r83330)" → "4.2.2". */
export function rVersionNumber(versionString: string): string {
  return /R version (\S+)/.exec(versionString)?.[1] ?? versionString;
}

function recorded(fixtures: [file: string, contents: Recorded][], key: "R" | "survival"): string | undefined {
  const found = new Map<string, string>();
  for (const [file, contents] of fixtures) {
    const value = contents[key];
    if (typeof value === "string") found.set(key === "R" ? rVersionNumber(value) : value, file);
  }
  if (found.size > 1) {
    throw new EngineValidationError(`the fixtures record different ${key} versions: ${[...found].map(([v, f]) => `${v} (${f})`).join(", ")}`);
  }
  return [...found.keys()][0];
}

export function fixtureVersions(files = SURVIVAL_FIXTURES, read: (file: string) => Recorded = readFixture): {r: string; survival: string} {
  const fixtures = files.map((file): [string, Recorded] => [file, read(file)]);
  return {r: recorded(fixtures, "R") ?? FALLBACK.r, survival: recorded(fixtures, "survival") ?? FALLBACK.survival};
}

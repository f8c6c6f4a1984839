// Reads a committed R reference file from tests/fixtures (written by the R
// scripts there), turning R's "Inf" / "-Inf" strings back into numbers.
import {readFileSync} from "node:fs";

const FIXTURES = new URL("../../tests/fixtures/", import.meta.url);

export function readFixture<T>(file: string): T {
  const text = readFileSync(new URL(file, FIXTURES), "utf8");
  return JSON.parse(text, (_key, value) => (value === "Inf" ? Infinity : value === "-Inf" ? -Infinity : value)) as T;
}

// Typed access to the JSON written by tests/fixtures/survival.R.
import {readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";

export function loadFixture<T>(name: string): T {
  const url = new URL(`../fixtures/survival-${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), "utf8")) as T;
}

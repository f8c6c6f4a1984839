// What the browser benchmarks share: the built site served locally with a
// headless Chromium to visit it, and their results written to bench/results/.
import {existsSync, mkdirSync, writeFileSync} from "node:fs";
import type {Browser} from "playwright-core";
import {serveDist} from "../scripts/serve-dist.js";
import {launchChromium} from "../tests/browser/chromium.js";
import {machine} from "./machine.js";

/** Serves the site built in `dir` (dist/ unless told) and launches Chromium. */
export async function openBuiltSite(dir = "dist"): Promise<{url: string; browser: Browser; close: () => Promise<void>}> {
  if (!existsSync(`${dir}/index.html`)) {
    console.error(`${dir}/index.html not found: run npm run build first`);
    process.exit(1);
  }
  const {server, url} = await serveDist(dir);
  const browser = await launchChromium();
  return {url, browser, close: async () => void (await browser.close(), server.close())};
}

/** Names the machine on stdout and writes the result, with the date and the machine, to bench/results/<name>.json; returns that path. */
export function writeBrowserResult(name: string, result: object): string {
  const m = machine();
  console.log(`machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, node ${m.node}, Chromium headless`);
  const path = `bench/results/${name}.json`;
  mkdirSync("bench/results", {recursive: true});
  writeFileSync(path, JSON.stringify({date: new Date().toISOString(), machine: m, ...result}, null, 2) + "\n");
  return path;
}

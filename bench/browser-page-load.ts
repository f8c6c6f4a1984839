// Cold page loads of the built site in headless Chromium: a fresh browser
// context per sample (nothing cached), from navigation until no cell is still
// loading and the page shows its first chart or table. Served by
// scripts/serve-dist.ts on this machine, so it measures the module graph and
// the page's own work, not a network. Usage: npm run bench:browser (builds first).
import {existsSync, mkdirSync, writeFileSync} from "node:fs";
import {quantile} from "d3";
import {serveDist} from "../scripts/serve-dist.js";
import {launchChromium} from "../tests/browser/chromium.js";
import {sitePages} from "../tests/browser/site-pages.js";
import {machine} from "./machine.js";

const SAMPLES = 7;

if (!existsSync("dist/index.html")) {
  console.error("dist/index.html not found: run npm run build first");
  process.exit(1);
}

const {server, url} = await serveDist("dist");
const browser = await launchChromium();
const pages: {path: string; modules: number; medianMs: number; maxMs: number}[] = [];
for (const {path} of sitePages) {
  const timings: number[] = [];
  let modules = 0;
  for (let i = 0; i < SAMPLES; ++i) {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    let scripts = 0;
    page.on("request", (request) => void (request.resourceType() === "script" && ++scripts));
    const started = Date.now();
    await page.goto(url + path);
    await page.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0 && document.querySelector("#observablehq-main svg, #observablehq-main table"));
    timings.push(Date.now() - started);
    modules = scripts;
    await context.close();
  }
  const sorted = timings.sort((a, b) => a - b);
  pages.push({path, modules, medianMs: quantile(sorted, 0.5)!, maxMs: sorted[sorted.length - 1]});
}
await browser.close();
server.close();

const result = {date: new Date().toISOString(), machine: machine(), samples: SAMPLES, pages};
const m = result.machine;
console.log(`machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, node ${m.node}, Chromium headless`);
console.log(`cold page load, ${SAMPLES} samples per page`);
for (const p of pages) console.log(`${p.path.padEnd(14)} median ${String(p.medianMs).padStart(5)} ms, max ${String(p.maxMs).padStart(5)} ms, ${p.modules} script requests`);
mkdirSync("bench/results", {recursive: true});
writeFileSync("bench/results/browser-page-load.json", JSON.stringify(result, null, 2) + "\n");
console.log("written bench/results/browser-page-load.json");

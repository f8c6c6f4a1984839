// Cold page loads of the built site in headless Chromium: a fresh browser
// context per sample (nothing cached), from navigation until no cell is still
// loading and the page shows its first chart or table. Served by
// scripts/serve-dist.ts on this machine, so it measures the module graph and
// the page's own work, not a network. Usage: npm run bench:browser (builds first).
import {quantile} from "d3";
import {sitePages} from "../tests/browser/site-pages.js";
import {openBuiltSite, writeBrowserResult} from "./built-site.js";
import {coldPageLoad} from "./page-load.js";

const SAMPLES = 7;

const {url, browser, close} = await openBuiltSite();
const pages: {path: string; modules: number; medianMs: number; maxMs: number}[] = [];
for (const {path} of sitePages) {
  const timings: number[] = [];
  let modules = 0;
  for (let i = 0; i < SAMPLES; ++i) {
    const load = await coldPageLoad(browser, url, path);
    timings.push(load.ms);
    modules = load.modules;
  }
  const sorted = timings.sort((a, b) => a - b);
  pages.push({path, modules, medianMs: quantile(sorted, 0.5)!, maxMs: sorted[sorted.length - 1]});
}
await close();

const path = writeBrowserResult("browser-page-load", {samples: SAMPLES, pages});
console.log(`cold page load, ${SAMPLES} samples per page`);
for (const p of pages) console.log(`${p.path.padEnd(14)} median ${String(p.medianMs).padStart(5)} ms, max ${String(p.maxMs).padStart(5)} ms, ${p.modules} script requests`);
console.log(`written ${path}`);

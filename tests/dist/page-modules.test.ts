// Each page's cells import one bundled module (scripts/bundle-page-modules.ts),
// not the hundred or so modules Framework writes: a cold visit pays about
// 10 ms per request on a 2-core machine.
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {expect, it} from "vitest";

const pages = readdirSync("dist", {recursive: true, encoding: "utf8"}).filter((f) => f.endsWith(".html"));
const html = (page: string) => readFileSync(join("dist", page), "utf8");
const scripts = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]).filter((href) => href.endsWith(".js"));

it("every page with cells imports and preloads its one bundle, and no other module of the site or of npm", () => {
  expect(pages.length).toBeGreaterThanOrEqual(10);
  const withCells = pages.filter((page) => html(page).includes("define({"));
  expect(withCells).toEqual(expect.arrayContaining(["index.html", "progression.html", "survival.html", "explore.html", "reproduction.html"]));
  for (const page of withCells) {
    const text = html(page);
    const imported = [...new Set(scripts(text, /import\("([^"]+)"\)/g))];
    const preloaded = scripts(text, /rel="modulepreload" href="([^"]+)"/g);
    const bundle = `${page.startsWith("lib/") ? "../../" : "./"}_import/pages/${page.replace(/\.html$/, "").replaceAll("/", "-")}.`;
    expect(imported, page).toHaveLength(1);
    expect(imported[0].startsWith(bundle) && /\.[0-9a-f]{8}\.js$/.test(imported[0]), `${page} imports ${imported[0]}`).toBe(true);
    expect(existsSync(join("dist", dirname(page), imported[0])), page).toBe(true);
    expect(preloaded.filter((href) => !href.includes("/_observablehq/")), page).toEqual(imported);
    expect(preloaded.filter((href) => href.includes("@stdlib")), page).toEqual([]);
  }
});

// The distribution functions reach the browser as one bundled module
// (src/lib/stats/stdlib-bundle.js), not as the ~140 @stdlib packages behind
// them, which Framework would serve one module each.
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {expect, it} from "vitest";

it("no built page preloads an @stdlib package; the pages that compute statistics preload the bundle", () => {
  const pages = readdirSync("dist").filter((f) => f.endsWith(".html"));
  expect(pages.length).toBeGreaterThan(0);
  const preloads = Object.fromEntries(pages.map((page) => [page, [...readFileSync(join("dist", page), "utf8").matchAll(/rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1])]));
  for (const [page, hrefs] of Object.entries(preloads)) expect(hrefs.filter((h) => h.includes("@stdlib")), page).toEqual([]);
  expect(preloads["progression.html"].some((h) => /lib\/stats\/stdlib-bundle\.[0-9a-f]+\.js$/.test(h))).toBe(true);
});

import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import {afterEach, expect, it} from "vitest";
import {bundlePageModules, cellImports, pointPageAtBundle} from "../../scripts/bundle-page-modules.js";

// A page as Framework writes it: preloads of its modules, and a cell that imports them.
const PAGE = (prefix: string) => `<head>
<link rel="modulepreload" href="${prefix}_observablehq/client.d10d8454.js">
<link rel="modulepreload" href="${prefix}_node/lib@1.0.0/index.11111111.js">
<link rel="modulepreload" href="${prefix}_import/a.22222222.js">
</head>
<script type="module">
import {define} from "${prefix}_observablehq/client.d10d8454.js";
define({id: "1", body: async () => {
const [{twice}, lib] = await Promise.all([import("${prefix}_import/a.22222222.js"), import("${prefix}_node/lib@1.0.0/index.11111111.js")]);
const worker = new URL("${prefix}_import/worker.33333333.js", location);
}});
</script>`;

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, {recursive: true, force: true});
  dir = undefined;
});

function site(): string {
  const root = (dir = mkdtempSync(join(tmpdir(), "bundle-pages-")));
  mkdirSync(join(dir, "_import"), {recursive: true});
  mkdirSync(join(dir, "_node/lib@1.0.0"), {recursive: true});
  mkdirSync(join(dir, "docs"), {recursive: true});
  writeFileSync(join(dir, "_import/a.22222222.js"), `import {base} from "../_node/lib@1.0.0/index.11111111.js";\nexport const twice = (x) => 2 * x + base;\n`);
  writeFileSync(join(dir, "_node/lib@1.0.0/index.11111111.js"), `export const base = 0.5;\nexport let loads = (globalThis.libLoads = (globalThis.libLoads ?? 0) + 1);\n`);
  writeFileSync(join(dir, "_import/worker.33333333.js"), `postMessage(1);\n`);
  writeFileSync(join(dir, "page.html"), PAGE("./"));
  writeFileSync(join(dir, "docs/nested.html"), PAGE("../"));
  writeFileSync(join(dir, "plain.html"), `<p>No cells.</p>`);
  return root;
}

it("finds each module a page's cells import once, in order", () => {
  expect(cellImports(PAGE("./"))).toEqual(["./_import/a.22222222.js", "./_node/lib@1.0.0/index.11111111.js"]);
  expect(cellImports(PAGE("../"))).toEqual(["../_import/a.22222222.js", "../_node/lib@1.0.0/index.11111111.js"]);
});

it("points the cells and the preloads at the bundle, leaving the client and worker URLs alone", () => {
  const html = pointPageAtBundle(PAGE("./"), cellImports(PAGE("./")), "./_import/pages/page.44444444.js");
  expect([...html.matchAll(/rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1])).toEqual(["./_observablehq/client.d10d8454.js", "./_import/pages/page.44444444.js"]);
  expect(html).toContain(`Promise.all([import("./_import/pages/page.44444444.js").then((bundle) => bundle.m0), import("./_import/pages/page.44444444.js").then((bundle) => bundle.m1)])`);
  expect(html).toContain(`new URL("./_import/worker.33333333.js", location)`);
  expect(html).toContain(`import {define} from "./_observablehq/client.d10d8454.js";`);
});

it("writes one bundle per page that gives each cell the module it imported, with one instance of each module", async () => {
  const root = site();
  expect(bundlePageModules(root)).toEqual({pages: 2});
  const bundles = readdirSync(join(root, "_import/pages")).sort();
  expect(bundles).toHaveLength(2);
  expect(bundles[0]).toMatch(/^docs-nested\.[0-9a-f]{8}\.js$/);
  expect(bundles[1]).toMatch(/^page\.[0-9a-f]{8}\.js$/);
  const page = readFileSync(join(root, "page.html"), "utf8");
  expect(page).toContain(`import("./_import/pages/${bundles[1]}").then((bundle) => bundle.m0)`);
  expect(page).not.toMatch(/import\("\.\/_(import|node)\/(?!pages\/)/);
  expect(readFileSync(join(root, "docs/nested.html"), "utf8")).toContain(`import("../_import/pages/${bundles[0]}").then((bundle) => bundle.m1)`);
  expect(readFileSync(join(root, "plain.html"), "utf8")).toBe(`<p>No cells.</p>`);
  const bundle = await import(pathToFileURL(join(root, "_import/pages", bundles[1])).href);
  expect(bundle.m0.twice(3)).toBe(6.5);
  expect(bundle.m1.base).toBe(0.5);
  expect(bundle.m1.loads).toBe((globalThis as {libLoads?: number}).libLoads);
});

it("names a page whose module cannot be bundled", () => {
  const root = site();
  rmSync(join(root, "_node/lib@1.0.0/index.11111111.js"));
  expect(() => bundlePageModules(root)).toThrow(/^(docs\/nested|page)\.html: .*Could not resolve "\.\.?\/_node\/lib@1\.0\.0\/index\.11111111\.js"/s);
});

it("stops on a warning, which would be a fault at run time, naming the page", () => {
  const root = site();
  writeFileSync(join(root, "_import/a.22222222.js"), `export const twice = (x) => ({x: 2 * x, x: x});\n`);
  expect(() => bundlePageModules(root)).toThrow(/^(docs\/nested|page)\.html: .*Duplicate key "x"/s);
});

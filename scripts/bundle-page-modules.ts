// Gives every built page one JavaScript module in place of the hundred or so
// Framework serves it: Framework writes each imported source file and each npm
// package as its own module, and a cold visit pays for every request (on a
// 2-core machine, about 10 ms each in Chromium, whatever the server). For each
// page this bundles the modules its cells import (`import("./_import/…")`,
// `import("./_node/…")`) into `_import/pages/<page>.<hash>.js`, which
// re-exports each as a namespace, and points the cells and the page's
// modulepreload links at it. The code, and so every number, is the same; one
// bundle per page keeps one instance of each module on the page. Framework's
// client (`_observablehq/`) stays shared, and worker scripts keep their own
// files, which the pages reach by URL.
import {createHash} from "node:crypto";
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {dirname, join, posix, relative} from "node:path";
import {buildSync, formatMessagesSync} from "esbuild";

// Framework writes a cell's imports as import("<relative path>") with the page's own prefix ("./" or "../../").
const CELL_IMPORT = /import\("((?:\.\.?\/)+_(?:import|node)\/[^"]+\.js)"\)/g;
const PRELOAD = /<link rel="modulepreload" href="((?:\.\.?\/)+_(?:import|node)\/[^"]+\.js)">\n?/g;

/** The page's text with its cells importing from `bundle` (a path relative to the page) and a preload of it in place of the modules'. */
export function pointPageAtBundle(html: string, specifiers: readonly string[], bundle: string): string {
  const index = new Map(specifiers.map((specifier, i) => [specifier, i]));
  let preloaded = false;
  return html
    .replace(PRELOAD, () => (preloaded ? "" : ((preloaded = true), `<link rel="modulepreload" href="${bundle}">\n`)))
    .replace(CELL_IMPORT, (_, specifier: string) => `import("${bundle}").then((bundle) => bundle.m${index.get(specifier)})`);
}

/** The distinct modules a page's cells import, in order of first appearance. */
export function cellImports(html: string): string[] {
  return [...new Set([...html.matchAll(CELL_IMPORT)].map((m) => m[1]))];
}

/** One module re-exporting each specifier (relative to resolveDir) as the namespace m<index>, with everything they import inlined. */
function bundle(specifiers: readonly string[], resolveDir: string): Uint8Array {
  const {outputFiles, warnings} = buildSync({
    stdin: {contents: specifiers.map((s, i) => `export * as m${i} from ${JSON.stringify(s)};`).join("\n"), resolveDir, loader: "js"},
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
    logLevel: "silent"
  });
  // A warning here (an import with no matching export, say) is a page that would break at run time.
  if (warnings.length) throw new Error(formatMessagesSync(warnings, {kind: "warning"}).join("\n"));
  return outputFiles[0].contents;
}

/** Bundles each page's cell imports under dir (the built site); returns how many pages now load one bundle. */
export function bundlePageModules(dir: string): {pages: number} {
  const pages = readdirSync(dir, {recursive: true, encoding: "utf8"}).filter((file) => file.endsWith(".html"));
  let bundled = 0;
  for (const page of pages) {
    const file = join(dir, page);
    const html = readFileSync(file, "utf8");
    const specifiers = cellImports(html);
    if (!specifiers.length) continue;
    let code: Uint8Array;
    try {
      code = bundle(specifiers, dirname(file));
    } catch (error) {
      throw new Error(`${page}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const name = `${page.replace(/\.html$/, "").replaceAll("/", "-")}.${createHash("sha256").update(code).digest("hex").slice(0, 8)}.js`;
    mkdirSync(join(dir, "_import", "pages"), {recursive: true});
    writeFileSync(join(dir, "_import", "pages", name), code);
    const path = relative(dirname(file), join(dir, "_import", "pages", name)).split("\\").join(posix.sep);
    writeFileSync(file, pointPageAtBundle(html, specifiers, path.startsWith(".") ? path : `./${path}`));
    bundled++;
  }
  return {pages: bundled};
}
